/*
 * The take page of a mock interview (attempt/take.xhtml). The server keeps the clock and every
 * answer; this script only
 *  - fills the fields with the saved answer,
 *  - autosaves: 1.5 s after typing stops, at least every 5 s while typing goes on, when a field
 *    loses focus and when the page is hidden, one save at a time, each naming the revision it is
 *    based on; failures are shown and retried with back-off, and nothing typed is dropped,
 *  - counts down for display, resynchronising with the server, and reloads the page when the
 *    server's clock moves on (the server then shows the next question, the review or the result),
 *  - records spoken answers (MediaRecorder) and uploads them in one-second chunks while recording,
 *    retrying each chunk until it is acknowledged, then finishes the take,
 *  - uploads the diagram of a system-design answer (and takes it away), retrying until answered,
 *  - sends "start answering" and "next question",
 *  - once a request finds the student signed out, sends nothing more (every request would start
 *    a sign-in of its own, and sign-ins racing each other fail) until the student has signed in
 *    again in another tab and says so, or comes back to this tab; then what is pending is sent.
 */
(function () {
  'use strict';
  var root = document.getElementById('attempt-root');
  if (!root) {
    return;
  }
  var d = root.dataset;
  var base = d.api + encodeURIComponent(d.attempt);
  var position = parseInt(d.position, 10);
  var kind = d.kind;
  var phase = d.phase;
  var revision = parseInt(d.revision || '0', 10);
  var status = document.getElementById('save-status');
  var phaseLeftEl = document.getElementById('phase-left');
  var overallLeftEl = document.getElementById('overall-left');

  var phaseEndsAt = Date.now() + parseInt(d.phaseLeft, 10) * 1000;
  var endsAt = Date.now() + parseInt(d.left, 10) * 1000;

  var dirty = false;        // changes not yet sent
  var dirtySince = 0;
  var inFlight = null;      // the save being sent
  var unacked = null;       // a save sent whose answer never came: sent again as it was
  var retrying = false;     // a retry is waiting for its turn
  var syncing = false;      // asking the server's clock at the end of a phase
  var debounce = null;
  var retryTimer = null;
  var retryDelay = 1000;
  var stopped = false;      // saving refused for good (conflict, time over)
  var signedOut = null;     // while signed out: resolves when the student is back
  var leaving = false;

  function format(template, value) {
    return template.replace('{0}', value);
  }

  function show(text, warn) {
    status.textContent = text;
    status.classList.toggle('save-warning', !!warn);
  }

  function clockText(seconds) {
    seconds = Math.max(0, Math.ceil(seconds));
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    var mm = (h > 0 && m < 10 ? '0' : '') + m;
    return (h > 0 ? h + ':' : '') + mm + ':' + (s < 10 ? '0' : '') + s;
  }

  // ---- the answer fields ----

  var saved = {};
  try {
    saved = JSON.parse(d.saved || '{}');
  } catch (e) {
    saved = {};
  }
  var text = document.getElementById('answer-text');
  if (text) {
    text.value = saved.text || '';
  }
  var starFields = Array.prototype.slice.call(document.querySelectorAll('.star-field'));
  starFields.forEach(function (f) {
    f.value = (saved.star && saved.star[f.dataset.star]) || '';
  });
  var choiceInputs = Array.prototype.slice.call(document.querySelectorAll('.autosave-choice'));
  choiceInputs.forEach(function (c) {
    c.checked = (saved.choices || []).indexOf(parseInt(c.value, 10)) >= 0;
  });
  var code = null; // the Monaco widget, once ready

  function collect() {
    if (kind === 'BEHAVIOURAL') {
      var star = {};
      starFields.forEach(function (f) {
        star[f.dataset.star] = f.value;
      });
      return {star: star};
    }
    if (kind === 'MULTIPLE_CHOICE') {
      return {
        choices: choiceInputs.filter(function (c) { return c.checked; })
          .map(function (c) { return parseInt(c.value, 10); })
      };
    }
    if (kind === 'CODING') {
      return code ? {text: code.getValueNow()} : null;
    }
    return text ? {text: text.value} : null;
  }

  function changed() {
    if (stopped) {
      return;
    }
    if (!dirty) {
      dirtySince = Date.now();
    }
    dirty = true;
    show(d.msgUnsaved, false);
    clearTimeout(debounce);
    var wait = Math.max(0, Math.min(1500, dirtySince + 5000 - Date.now()));
    debounce = setTimeout(save, wait);
  }

  // ---- saving ----

  function post(path, body, keepalive) {
    return fetch(base + path, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      keepalive: !!keepalive,
      headers: {'Content-Type': 'application/json', 'X-Coachroom-Attempt': '1'},
      body: JSON.stringify(body || {})
    });
  }

  /** Holds every request until the student has signed in again; returns when that is. */
  function whenSignedIn() {
    if (!signedOut) {
      var box = document.getElementById('signed-out');
      var back = document.getElementById('signed-in-again');
      signedOut = new Promise(function (resolve) {
        function resume() {
          window.removeEventListener('focus', resume);
          document.removeEventListener('visibilitychange', onVisible);
          back.removeEventListener('click', resume);
          box.hidden = true;
          signedOut = null;
          retryDelay = 1000;
          resolve();
        }
        function onVisible() {
          if (document.visibilityState === 'visible') {
            resume();
          }
        }
        window.addEventListener('focus', resume);
        document.addEventListener('visibilitychange', onVisible);
        back.addEventListener('click', resume);
      });
      box.hidden = false;
      signedOut.then(function () {
        save();
        askClock();
      });
    }
    return signedOut;
  }

  function readJson(response) {
    if (response.type === 'opaqueredirect' || response.status === 0) {
      whenSignedIn();
      var e = new Error('signed out');
      e.signedOut = true;
      throw e;
    }
    return response.json().then(function (json) {
      return {status: response.status, json: json};
    });
  }

  /**
   * Sends the fields if they changed; resolves once this send is answered. A send whose answer
   * never came (network, server) is sent again exactly as it was, with the revision it was based
   * on: the server takes an identical repeat as done, so a lost answer cannot turn into a conflict.
   * Only then are newer changes sent.
   */
  function save(keepalive) {
    clearTimeout(debounce);
    if (inFlight) {
      return inFlight.then(function () { return dirty || unacked ? save(keepalive) : null; });
    }
    if (stopped || signedOut || (!dirty && !unacked)) {
      return Promise.resolve();
    }
    var payload = unacked;
    if (!payload) {
      payload = collect();
      if (!payload) {
        return Promise.resolve();
      }
      payload.basedOn = revision;
      dirty = false;
      unacked = payload;
    }
    var body = JSON.stringify(payload);
    show(d.msgSaving, false);
    // browsers refuse keepalive bodies over 64 KiB
    inFlight = post('/answers/' + position, payload, keepalive && body.length < 30000)
      .then(readJson)
      .then(function (r) {
        inFlight = null;
        if (r.status === 200 && r.json.outcome === 'SAVED') {
          unacked = null;
          retryDelay = 1000;
          revision = r.json.revision;
          show(format(d.msgSaved, new Date(r.json.savedAt).toLocaleTimeString()), false);
          resync(r.json.clock);
        } else if (r.status === 200) {
          // a newer answer from another tab, or the time is over: nothing more is sent from here
          unacked = null;
          stopped = true;
          show(r.json.message, true);
          resync(r.json.clock);
        } else if (r.status >= 500) {
          retry(r.json.message);
        } else {
          // refused input (too long, not a choice): shown; the text stays here to be corrected
          unacked = null;
          show(r.json.message, true);
        }
      })
      .catch(function (e) {
        inFlight = null;
        if (e && e.signedOut) {
          // sent again once the student is back (whenSignedIn)
          show(d.msgSignedOut, true);
        } else {
          retry(d.msgOffline);
        }
      });
    return inFlight;
  }

  function retry(message) {
    show(message || d.msgOffline, true);
    scheduleRetry();
  }

  function scheduleRetry() {
    clearTimeout(retryTimer);
    if (signedOut) {
      return;
    }
    retrying = true;
    retryTimer = setTimeout(function () {
      retrying = false;
      save();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
  }

  // ---- the clock ----

  function resync(clock) {
    if (!clock) {
      return;
    }
    if (clock.phase !== phase || clock.position !== position) {
      reload();
      return;
    }
    phaseEndsAt = Date.now() + clock.phaseSecondsLeft * 1000;
    endsAt = Date.now() + clock.secondsLeft * 1000;
  }

  function reload() {
    if (leaving) {
      return;
    }
    leaving = true;
    window.location.reload();
  }

  function askClock() {
    if (signedOut) {
      return Promise.resolve();
    }
    return fetch(base + '/clock', {credentials: 'same-origin', redirect: 'manual'})
      .then(readJson)
      .then(function (r) {
        if (r.status === 200) {
          resync(r.json);
        }
      })
      .catch(function () { /* the next tick asks again */ });
  }

  var lastSync = Date.now();
  function tick() {
    var now = Date.now();
    var phaseLeft = (phaseEndsAt - now) / 1000;
    phaseLeftEl.textContent = clockText(phaseLeft);
    overallLeftEl.textContent = clockText((endsAt - now) / 1000);
    if (phase === 'ANSWERING' && dirty && !retrying && !inFlight && phaseLeft > 0 && phaseLeft < 3) {
      save();
    }
    // stop a recording a little early, so its last chunks arrive while the time still runs
    if (phase === 'ANSWERING' && phaseLeft < 4 && rec && rec.recorder.state === 'recording') {
      rec.recorder.stop();
    }
    if (phaseLeft <= 0 && !syncing && now - lastSync > 2000) {
      // what is pending gets a few seconds; then the server's clock decides (and the page reloads)
      syncing = true;
      lastSync = now;
      Promise.race([Promise.all([save(), recordingDone(), diagramDone()]), sleep(8000)])
        .then(askClock)
        .then(function () {
          syncing = false;
        });
    } else if (!syncing && now - lastSync > 30000) {
      lastSync = now;
      askClock();
    }
  }
  tick();
  setInterval(tick, 500);

  // ---- wiring ----

  document.querySelectorAll('textarea.autosave').forEach(function (f) {
    f.addEventListener('input', changed);
    f.addEventListener('blur', function () { save(); });
  });
  choiceInputs.forEach(function (c) {
    c.addEventListener('change', function () {
      changed();
      save();
    });
  });
  var form = document.getElementById('answer');
  if (form) {
    form.addEventListener('submit', function (e) { e.preventDefault(); });
  }
  // The editor's widget is created when the page is ready, after this script has run.
  function hookEditor(tries) {
    var widget = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.codeEditor;
    if (!widget) {
      if (tries < 200) {
        setTimeout(function () { hookEditor(tries + 1); }, 100);
      }
      return;
    }
    widget.whenReady().then(function (w) {
      code = w;
      w.getMonaco().onDidChangeModelContent(changed);
      w.getMonaco().onDidBlurEditorWidget(function () { save(); });
    });
  }
  if (kind === 'CODING') {
    hookEditor(0);
  }


  // ---- recorded answers: MediaRecorder, uploaded in one-second chunks as they come ----

  var rec = null; // {take, recorder, stream, queue, next, stopping, started, done}
  var pendingStream = null; // the microphone/camera while the take is being begun
  var recBox = document.getElementById('recorder');
  var recState = document.getElementById('record-state');
  var recTime = document.getElementById('record-time');
  var recStart = document.getElementById('record-start');
  var recStop = document.getElementById('record-stop');

  function recShow(text, warn) {
    recState.textContent = text;
    recState.classList.toggle('save-warning', !!warn);
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function postJson(path, body) {
    return post(path, body).then(readJson);
  }

  function pickType(video) {
    var types = video
      ? ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4']
      : ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
    if (!window.MediaRecorder || !MediaRecorder.isTypeSupported) {
      return types[types.length - 1];
    }
    for (var i = 0; i < types.length; i++) {
      if (MediaRecorder.isTypeSupported(types[i])) {
        return types[i];
      }
    }
    return types[0];
  }

  function showPlayback() {
    var video = recBox.dataset.media === 'VIDEO';
    var player = document.getElementById(video ? 'playback-video' : 'playback-audio');
    player.src = recBox.dataset.playback + '?v=' + Date.now();
    player.hidden = false;
    document.getElementById('playback-box').hidden = false;
  }

  function uploadChunks(r) {
    if (r.pumping) {
      return;
    }
    r.pumping = true;
    var delay = 1000;
    (function step() {
      if (signedOut) {
        signedOut.then(step);
        return;
      }
      if (!r.queue.length) {
        r.pumping = false;
        if (r.stopping && !r.finishing) {
          finishRecording(r);
        }
        return;
      }
      var chunk = r.queue[0];
      if (r.stopping) {
        recShow(format(d.msgUploading, r.queue.length), false);
      }
      fetch(base + '/recordings/' + position + '/chunks/' + r.take + '/' + chunk.seq, {
        method: 'POST', credentials: 'same-origin', redirect: 'manual',
        headers: {'Content-Type': 'application/octet-stream', 'X-Coachroom-Attempt': '1'},
        body: chunk.blob
      }).then(function (response) {
        if (response.ok) {
          r.queue.shift();
          delay = 1000;
          step();
        } else if (response.type === 'opaqueredirect') {
          recShow(format(d.msgUploading, r.queue.length) + ' ' + d.msgSignedOut, true);
          whenSignedIn().then(step);
        } else if (response.status >= 500) {
          throw new Error('retry');
        } else {
          return response.json().then(function (j) {
            r.failed = true;
            r.queue = [];
            r.pumping = false;
            recShow(j.message, true);
            if (r.recorder.state !== 'inactive') {
              r.recorder.stop();
            }
            r.resolve();
          });
        }
      }).catch(function () {
        recShow(format(d.msgUploading, r.queue.length) + ' ' + d.msgOffline, true);
        sleep(delay).then(step);
        delay = Math.min(delay * 2, 15000);
      });
    })();
  }

  function finishRecording(r) {
    if (r.failed) {
      return;
    }
    r.finishing = true;
    postJson('/recordings/' + position + '/finish', {take: r.take, chunks: r.next})
      .then(function (res) {
        if (res.status === 200 && res.json.outcome === 'SAVED') {
          recShow(format(d.msgRecordingSaved, new Date(res.json.savedAt).toLocaleTimeString()), false);
          showPlayback();
          recBox.dataset.saved = 'true';
        } else {
          recShow(res.json.message, true);
        }
        r.resolve();
      })
      .catch(function () {
        r.finishing = false;
        (signedOut || sleep(2000)).then(function () { finishRecording(r); });
      });
  }

  function startRecording() {
    var video = recBox.dataset.media === 'VIDEO';
    if (!navigator.mediaDevices || !window.MediaRecorder) {
      recShow(d.msgNoDevice, true);
      return;
    }
    recStart.disabled = true;
    navigator.mediaDevices.getUserMedia(video ? {audio: true, video: true} : {audio: true})
      .then(function (stream) {
        pendingStream = stream;
        var type = pickType(video);
        return postJson('/recordings/' + position + '/begin', {mediaType: type}).then(function (res) {
          if (res.status !== 200) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            recShow(res.json.message, true);
            recStart.disabled = false;
            return;
          }
          pendingStream = null;
          var r = {take: res.json.take, stream: stream, queue: [], next: 0, started: Date.now()};
          r.done = new Promise(function (resolve) { r.resolve = resolve; });
          r.recorder = new MediaRecorder(stream, {mimeType: type});
          r.recorder.ondataavailable = function (e) {
            if (e.data && e.data.size > 0) {
              r.queue.push({seq: r.next++, blob: e.data});
              uploadChunks(r);
            }
          };
          r.recorder.onstop = function () {
            stream.getTracks().forEach(function (t) { t.stop(); });
            r.stopping = true;
            recStop.disabled = true;
            recStart.disabled = false;
            uploadChunks(r);
          };
          if (video) {
            var camera = document.getElementById('camera');
            camera.srcObject = stream;
            camera.hidden = false;
            camera.play();
          }
          rec = r;
          r.recorder.start(1000);
          recStop.disabled = false;
          recShow(d.msgRecording, false);
        });
      })
      .catch(function () {
        recStart.disabled = false;
        if (pendingStream) {
          pendingStream.getTracks().forEach(function (t) { t.stop(); });
          pendingStream = null;
          recShow(d.msgOffline, true);
        } else {
          recShow(d.msgNoDevice, true);
        }
      });
  }

  /** Stops a running recording and resolves once what was recorded is saved (or refused). */
  function recordingDone() {
    if (!rec) {
      return Promise.resolve();
    }
    if (rec.recorder.state !== 'inactive') {
      rec.recorder.stop();
    }
    return rec.done;
  }

  if (recBox) {
    if (recBox.dataset.saved === 'true') {
      showPlayback();
    }
    recStart.addEventListener('click', startRecording);
    recStop.addEventListener('click', function () {
      if (rec && rec.recorder.state !== 'inactive') {
        rec.recorder.stop();
      }
    });
    setInterval(function () {
      if (rec && rec.recorder.state === 'recording') {
        recTime.textContent = clockText((Date.now() - rec.started) / 1000);
      }
    }, 500);
  }

  // ---- a diagram uploaded with a system-design answer: sent whole, retried until answered ----

  var diagramBox = document.getElementById('diagram-answer');
  var diagramSending = null; // the upload or removal being sent; resolves once it is answered

  function diagramShow(text, warn) {
    var state = document.getElementById('diagram-state');
    state.textContent = text;
    state.classList.toggle('save-warning', !!warn);
  }

  function showDiagram(info) {
    var dd = diagramBox.dataset;
    var preview = document.getElementById('diagram-preview');
    document.getElementById('diagram-figure').hidden = !info;
    document.getElementById('diagram-remove').hidden = !info;
    if (info) {
      preview.src = dd.url + '?v=' + encodeURIComponent(info.sha256);
      document.getElementById('diagram-name').textContent = info.fileName;
      document.getElementById('diagram-size').textContent = format(dd.msgSize, info.kilobytes);
    } else {
      preview.removeAttribute('src');
    }
  }

  /**
   * Sends an upload or a removal until the server answers it: while the server cannot be reached
   * it is sent again (the same image twice is stored once), while signed out it waits.
   */
  function sendDiagram(path, contentType, body, fileName) {
    var dd = diagramBox.dataset;
    var input = document.getElementById('diagram-file');
    var delay = 1000;
    input.disabled = true;
    diagramShow(dd.msgUploading, false);
    diagramSending = new Promise(function (resolve) {
      function done(text, warn) {
        input.disabled = false;
        input.value = '';
        diagramShow(text, warn);
        diagramSending = null;
        resolve();
      }
      function again(message) {
        diagramShow(dd.msgUploading + ' ' + message, true);
        sleep(delay).then(step);
        delay = Math.min(delay * 2, 15000);
      }
      function step() {
        if (signedOut) {
          signedOut.then(step);
          return;
        }
        var headers = {'Content-Type': contentType, 'X-Coachroom-Attempt': '1'};
        if (fileName) {
          headers['X-File-Name'] = encodeURIComponent(fileName);
        }
        fetch(base + path, {
          method: 'POST', credentials: 'same-origin', redirect: 'manual', headers: headers, body: body
        }).then(readJson).then(function (r) {
          if (r.status === 200) {
            showDiagram(r.json.diagram || null);
            done(r.json.diagram
              ? format(dd.msgSaved, new Date(r.json.diagram.uploadedAt).toLocaleTimeString())
              : dd.msgRemoved, false);
            resync(r.json.clock);
          } else if (r.status >= 500) {
            again(r.json.message);
          } else {
            // refused (not an image, too large, time over): what was stored before stays
            done(r.json.message, true);
          }
        }).catch(function (e) {
          if (e && e.signedOut) {
            diagramShow(d.msgSignedOut, true);
            whenSignedIn().then(step);
          } else {
            again(d.msgOffline);
          }
        });
      }
      step();
    });
    return diagramSending;
  }

  function diagramDone() {
    return diagramSending || Promise.resolve();
  }

  if (diagramBox) {
    var dd0 = diagramBox.dataset;
    if (dd0.sha) {
      showDiagram({
        sha256: dd0.sha,
        fileName: document.getElementById('diagram-name').textContent,
        kilobytes: document.getElementById('diagram-size').textContent
      });
    }
    document.getElementById('diagram-file').addEventListener('change', function (e) {
      var file = e.target.files && e.target.files[0];
      if (!file || diagramSending) {
        return;
      }
      if (file.size > parseInt(dd0.max, 10)) {
        e.target.value = '';
        diagramShow(dd0.msgTooLarge, true);
        return;
      }
      sendDiagram('/diagrams/' + position, 'application/octet-stream', file, file.name);
    });
    document.getElementById('diagram-remove').addEventListener('click', function () {
      if (!diagramSending) {
        sendDiagram('/diagrams/' + position + '/remove', 'application/json', '{}', null);
      }
    });
  }

  function act(path, button) {
    if (button) {
      button.disabled = true;
    }
    show(d.msgMoving, false);
    Promise.all([save(), recordingDone(), diagramDone()])
      .then(function () { return post(path + '/' + position); })
      .then(readJson)
      .then(function () { reload(); })
      .catch(function () {
        if (button) {
          button.disabled = false;
        }
        show(d.msgOffline, true);
      });
  }

  var next = document.getElementById('next');
  if (next) {
    next.addEventListener('click', function () { act('/next', next); });
  }
  var startAnswering = document.getElementById('start-answering');
  if (startAnswering) {
    startAnswering.addEventListener('click', function () { act('/answering', startAnswering); });
  }

  // Leaving the page: send what is pending (keepalive lets it finish after the page is gone) and
  // warn while a change is not yet acknowledged.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && dirty) {
      save(true);
    }
  });
  window.addEventListener('beforeunload', function (e) {
    if (!leaving && (dirty || inFlight)) {
      save(true);
      e.preventDefault();
      e.returnValue = '';
    }
  });
})();
