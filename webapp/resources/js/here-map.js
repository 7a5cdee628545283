/* "What applies here" (issue #12): the county outline and its townships from /trace/townships.json,
   drawn with Leaflet from the webjar (no tiles: the site works offline). A click goes to
   /here?lon=…&lat=…, which the server answers; the point asked about is marked. Loaded with defer
   after leaflet.js. */
(function () {
  'use strict';

  function fixed(v) {
    return (Math.round(v * 1e5) / 1e5).toFixed(5);
  }

  function draw(el, data) {
    var features = data.features || [];
    var map = L.map(el, { attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.25 });
    var county = L.geoJSON(features.filter(function (f) { return f.properties.role === 'base'; }), {
      interactive: false,
      style: { color: '#64748b', weight: 1.5, fillColor: '#f8fafc', fillOpacity: 1 }
    }).addTo(map);
    var townships = L.geoJSON(features.filter(function (f) { return f.properties.role === 'linked'; }), {
      interactive: false,
      style: { color: '#2563eb', weight: 1, fillColor: '#2563eb', fillOpacity: 0.08, className: 'feature feature-townships' },
      onEachFeature: function (f, layer) {
        layer.bindTooltip(f.properties.name, { permanent: true, direction: 'center', className: 'feature-label' });
      }
    }).addTo(map);
    var frame = county.getBounds().isValid() ? county.getBounds() : townships.getBounds();
    if (frame.isValid()) {
      map.fitBounds(frame, { padding: [8, 8] });
    }
    var lon = parseFloat(el.getAttribute('data-lon'));
    var lat = parseFloat(el.getAttribute('data-lat'));
    if (!isNaN(lon) && !isNaN(lat)) {
      L.circleMarker([lat, lon], { radius: 7, color: '#b42318', weight: 3, fillOpacity: 0.6, className: 'here-point' }).addTo(map);
    }
    map.on('click', function (e) {
      window.location.href = el.getAttribute('data-href') + '?lon=' + fixed(e.latlng.lng) + '&lat=' + fixed(e.latlng.lat);
    });
    el.classList.add('map-loaded');
  }

  function init() {
    var el = document.getElementById('here-map');
    if (!el || !window.L) {
      return;
    }
    fetch(el.getAttribute('data-src'), { headers: { Accept: 'application/geo+json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (data) { draw(el, data); })
      .catch(function () { el.setAttribute('data-failed', 'true'); });
  }

  init();
}());
