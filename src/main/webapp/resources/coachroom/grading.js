/*
 * The review screen (grading/grade.xhtml). The server keeps every grade; this script only
 *  - shows one answer with its rubric at a time (j / k or the numbered buttons move between them),
 *  - lets the coach pick levels with the keys 1-6 for the highlighted criterion, which then moves on
 *    to the next criterion,
 *  - saves the form as a draft by itself: half a second after a level or score changes, 1.5 s after
 *    typing stops, and when a text box loses focus (PrimeFaces sends one request at a time, each
 *    based on the version the last one returned; a conflict is shown by the server and stops the
 *    autosave until the coach chooses),
 *  - sends a pending draft before any button's own request (they queue in order),
 *  - n saves and opens the next student; c goes to the answer's comment; Esc leaves a text box.
 */
(function () {
  'use strict';
  var layout = document.getElementById('grade-layout');
  if (!layout) {
    return;
  }
  var count = parseInt(layout.dataset.count, 10);
  var current = 0;
  var criterion = 0;
  var timer = null;

  layout.classList.add('js-grading');

  function editable() {
    var state = layout.querySelector('.review-state');
    return state && state.dataset.editable === 'true' && !document.getElementById('grade:conflict-panel');
  }

  function at(selector, position) {
    return layout.querySelector(selector + '[data-position="' + position + '"]');
  }

  function criteria() {
    var sheet = at('.grade-sheet', current);
    return sheet ? Array.prototype.slice.call(sheet.querySelectorAll('.criterion')) : [];
  }

  function mark() {
    layout.querySelectorAll('.current').forEach(function (e) { e.classList.remove('current'); });
    ['.grade-answer', '.grade-sheet', '.grade-jump'].forEach(function (s) {
      var e = at(s, current);
      if (e) {
        e.classList.add('current');
      }
    });
    criteria().forEach(function (c, i) { c.classList.toggle('current-criterion', i === criterion); });
  }

  function show(position) {
    if (position < 0 || position >= count) {
      return;
    }
    current = position;
    criterion = 0;
    mark();
    history.replaceState(null, '', '#answer-' + (position + 1));
  }

  function pick(level) {
    var c = criteria()[criterion];
    if (!c) {
      return;
    }
    var radio = c.querySelectorAll('input[type=radio]')[level - 1];
    if (!radio || radio.disabled) {
      return;
    }
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    if (criterion < criteria().length - 1) {
      criterion++;
    }
    mark();
  }

  function saveNow() {
    if (timer === null) {
      return;
    }
    clearTimeout(timer);
    timer = null;
    if (editable() && typeof window.gradingSave === 'function') {
      window.gradingSave();
    }
  }

  function schedule(ms) {
    if (!editable()) {
      return;
    }
    clearTimeout(timer);
    var state = document.getElementById('save-state');
    if (state) {
      state.textContent = layout.dataset.unsaved;
    }
    timer = setTimeout(function () { timer = -1; saveNow(); }, ms);
  }

  layout.addEventListener('change', function (e) {
    if (e.target.closest('#grade') && e.target.matches('input, textarea')) {
      var c = e.target.closest('.criterion');
      if (c) {
        criterion = criteria().indexOf(c);
        mark();
      }
      schedule(e.target.type === 'radio' ? 500 : 1500);
    }
  });
  layout.addEventListener('input', function (e) {
    if (e.target.closest('#grade') && e.target.matches('textarea, input[type=text]')) {
      schedule(1500);
    }
  });
  layout.addEventListener('focusout', function (e) {
    if (e.target.matches && e.target.matches('textarea, input[type=text]') && timer !== null) {
      saveNow();
    }
  });
  layout.addEventListener('click', function (e) {
    var jump = e.target.closest('.grade-jump');
    if (jump) {
      show(parseInt(jump.dataset.position, 10));
    }
  });
  // a button's own request queues behind the pending draft, so it acts on what is on the page
  // (PrimeFaces sends one request of the page at a time, in order)
  layout.addEventListener('click', function (e) {
    if (e.target.closest('#grade button:not(.grade-jump)') && timer !== null) {
      saveNow();
    }
  }, true);

  function typing(target) {
    return target.matches('textarea, input[type=text], input[type=number], select')
      || target.isContentEditable || target.closest('.monaco-editor');
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    if (typing(e.target)) {
      if (e.key === 'Escape') {
        e.target.blur();
      }
      return;
    }
    if (e.key >= '1' && e.key <= '6') {
      pick(parseInt(e.key, 10));
    } else if (e.key === 'j') {
      show(current + 1);
    } else if (e.key === 'k') {
      show(current - 1);
    } else if (e.key === 'c') {
      var sheet = at('.grade-sheet', current);
      var comment = sheet && sheet.querySelector('textarea');
      if (comment && !comment.disabled) {
        comment.focus();
        e.preventDefault();
      }
    } else if (e.key === 'n') {
      var next = document.getElementById('grade:next');
      if (next) {
        next.click();
      }
    } else {
      return;
    }
    e.preventDefault();
  });

  window.addEventListener('beforeunload', function (e) {
    if (timer !== null && editable()) {
      saveNow();
      e.preventDefault();
    }
  });

  // the navigation and state are re-rendered after every save: mark the current answer again
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () { mark(); });
  }

  var hash = /^#answer-(\d+)$/.exec(location.hash);
  var start = parseInt(layout.dataset.start, 10);
  show(hash ? parseInt(hash[1], 10) - 1 : (start >= 0 && start < count ? start : 0));
})();
