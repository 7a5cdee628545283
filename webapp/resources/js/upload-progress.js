/* The upload page (upload.xhtml): while an uploaded file is being read, asks /upload/status for
   its progress and shows it; when reading is done (preview ready, or refused) reloads the page,
   which then shows the preview or the reason. Before sending, refuses a file over the size limit
   with a message, so a drafter does not wait for a long upload that would be turned away.
   Loaded as a file; the page has no inline script. */
(function () {
  'use strict';

  var input = document.getElementById('upload-form:file');
  var sizeProblem = document.getElementById('upload-size-problem');
  var submit = document.getElementById('upload-form:submit');
  if (input && sizeProblem) {
    input.addEventListener('change', function () {
      var max = Number(input.getAttribute('data-max-bytes'));
      var file = input.files && input.files[0];
      var tooLarge = file && max > 0 && file.size > max;
      sizeProblem.hidden = !tooLarge;
      sizeProblem.textContent = tooLarge ? file.name + '：文件过大（' + (file.size / 1048576).toFixed(1)
          + ' MB），上限为 ' + Math.round(max / 1048576) + ' MB。请拆分文件，或只上传规划文本部分。' : '';
      if (submit) {
        submit.disabled = !!tooLarge;
      }
    });
  }

  var bar = document.getElementById('upload-progress');
  var stage = document.getElementById('upload-stage');
  if (!bar || !stage) {
    return;
  }
  var url = bar.getAttribute('data-status-url');
  var tries = 0;

  function poll() {
    tries++;
    fetch(url, {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status === 404 ? '找不到该上传，请重新上传。' : '查询进度失败（' + response.status + '）');
        }
        return response.json();
      })
      .then(function (status) {
        bar.value = status.percent;
        bar.textContent = status.percent + '%';
        stage.textContent = status.label + (status.finished ? '' : '…');
        if (status.finished) {
          window.location.reload();
        } else if (tries < 900) {
          window.setTimeout(poll, 700);
        }
      })
      .catch(function (e) {
        stage.textContent = e.message + ' 可点击“刷新查看进度”。';
      });
  }

  window.setTimeout(poll, 300);
}());
