/* The clause page's map (issue 3). Draws /geo/clause/{uid}.json, named by data-src on #clause-map,
   with Leaflet from the webjar: no tile layer, because the site must work offline, so the county
   outline is the base. Every shape is illustrative data; the page says so over the map and in the
   legend. Loaded with defer after leaflet.js, so the page and L are ready when this runs. */
(function () {
  'use strict';

  // one colour per layer id (org.plantrace.spatial.LayerKind); the legend swatches use the same ones
  var COLOURS = {
    'townships': '#2563eb',
    'ecological-red-line': '#16a34a',
    'permanent-basic-farmland': '#ca8a04',
    'cultivated-land': '#a16207',
    'urban-development-boundary': '#dc2626',
    'central-city': '#9333ea',
    'detailed-plan-units': '#db2777',
    'historic-city': '#b45309',
    'historic-district': '#7c2d12'
  };
  var FALLBACK = '#475569';
  // drawing order, bottom first: townships and large zones underneath, small precise shapes on top,
  // so a town's development boundary is not hidden under its township
  var ORDER = ['townships', 'ecological-red-line', 'cultivated-land', 'permanent-basic-farmland', 'central-city',
    'urban-development-boundary', 'detailed-plan-units', 'historic-city', 'historic-district'];

  function rank(f) {
    var i = ORDER.indexOf(f.properties.layer);
    return i < 0 ? ORDER.length : i;
  }

  function colour(layer) {
    return COLOURS[layer] || FALLBACK;
  }

  function say(el, text) {
    var p = document.createElement('p');
    p.className = 'map-failed';
    p.textContent = text;
    el.parentNode.parentNode.insertBefore(p, el.parentNode.nextSibling);
  }

  function legend(linked) {
    var list = document.getElementById('map-legend');
    if (!list) {
      return;
    }
    var seen = {};
    var before = list.querySelector('.legend-illustrative');
    linked.forEach(function (f) {
      var p = f.properties;
      if (seen[p.layer]) {
        return;
      }
      seen[p.layer] = true;
      var li = document.createElement('li');
      li.className = 'legend-layer';
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = colour(p.layer);
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(p.label));
      list.insertBefore(li, before);
    });
  }

  function area(b) {
    return (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
  }

  // small features (the central city, a historic district) are framed close up; large ones are
  // shown in the whole county, whose outline is the only context an offline map has
  function frameFor(linked, county) {
    if (!linked || !linked.isValid()) {
      return county;
    }
    return county.isValid() && area(linked) > 0.2 * area(county) ? county : linked;
  }

  function draw(el, data) {
    var features = data.features || [];
    var base = features.filter(function (f) { return f.properties.role === 'base'; });
    var linked = features.filter(function (f) { return f.properties.role === 'linked'; });
    linked.sort(function (a, b) { return rank(a) - rank(b); }); // stable: same layer keeps the server's order
    var several = linked.some(function (f) { return f.properties.layer !== linked[0].properties.layer; });
    // page scrolling must not zoom the map by accident; the +/- buttons and dragging still work
    var map = L.map(el, { attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.25 });
    var county = L.geoJSON(base, {
      interactive: false,
      style: { color: '#64748b', weight: 1.5, fillColor: '#f8fafc', fillOpacity: 1 }
    }).addTo(map);
    var shapes = L.geoJSON(linked, {
      style: function (f) {
        var c = colour(f.properties.layer);
        // townships under other layers are context: a lighter fill keeps the layers above readable
        var fill = several && f.properties.layer === 'townships' ? 0.12 : 0.4;
        // the small, precise shapes (boundaries, districts) get a heavier line so they show at county scale
        var small = rank(f) >= ORDER.indexOf('central-city');
        return { color: c, weight: small ? 3 : 1.5, fillColor: c, fillOpacity: small ? 0.6 : fill,
          className: 'feature feature-' + f.properties.layer };
      },
      onEachFeature: function (f, layer) {
        if (f.properties.layer === 'townships' && !several) {
          // named townships alone are what the reader looks for: their names stay on the map; beside
          // other layers they are context, and permanent labels would cover the small shapes
          layer.bindTooltip(f.properties.name, { permanent: true, direction: 'center', className: 'feature-label' });
        } else {
          layer.bindTooltip(f.properties.label + '：' + f.properties.name, { sticky: true });
        }
      }
    }).addTo(map);
    var frame = frameFor(linked.length ? shapes.getBounds() : null, county.getBounds());
    if (frame.isValid()) {
      map.fitBounds(frame, { padding: [16, 16], maxZoom: 13 });
    } else {
      map.setView([39.7, 113.7], 9); // Hunyuan county, should the layers hold no outline
    }
    legend(linked);
    el.setAttribute('data-linked', String(data.linked || 0));
    el.classList.add('map-loaded');
  }

  function init() {
    var el = document.getElementById('clause-map');
    if (!el) {
      return;
    }
    if (!window.L) {
      say(el, '地图组件未能加载。');
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
      .catch(function () { say(el, '空间要素数据未能加载。'); });
  }

  init();
}());
