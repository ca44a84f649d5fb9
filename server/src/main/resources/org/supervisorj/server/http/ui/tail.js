// supervisorj log view: follows a process's log as it is written by reading the /logtail stream
// (the last KiB, then every new byte). Log text is appended as text nodes, never parsed as HTML.
'use strict';
(() => {
  const name = document.body.dataset.process;
  if (!name) return;
  const pre = document.getElementById('tailbody');
  const follow = document.getElementById('follow');
  const channel = document.getElementById('channel');
  const state = document.getElementById('followstate');
  const KEEP = 512 * 1024;
  const RETRY_MS = 2000;
  document.body.classList.add('js');

  let controller = null;
  let retry = null;

  function stop() {
    clearTimeout(retry);
    if (controller) controller.abort();
    controller = null;
  }

  function again() {
    clearTimeout(retry);
    retry = setTimeout(() => { if (follow.checked) start(); }, RETRY_MS);
  }

  function append(text) {
    const atEnd = window.innerHeight + window.scrollY >= document.body.scrollHeight - 40;
    pre.append(document.createTextNode(text));
    if (pre.textContent.length > 2 * KEEP) pre.textContent = pre.textContent.slice(-KEEP);
    if (atEnd) window.scrollTo(0, document.body.scrollHeight);
  }

  async function start() {
    stop();
    const mine = controller = new AbortController();
    const url = 'logtail/' + encodeURIComponent(name) + (channel.value === 'stderr' ? '/stderr' : '');
    state.textContent = 'connecting…';
    try {
      const r = await fetch(url, { signal: mine.signal, cache: 'no-store' });
      if (!r.ok) {
        state.textContent = r.status === 404 ? 'no ' + channel.value + ' log file (yet)' : 'HTTP ' + r.status;
        again();
        return;
      }
      pre.textContent = '';
      state.textContent = 'following ' + channel.value;
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        append(value);
      }
      state.textContent = 'stream ended, reconnecting';
      again();
    } catch (e) {
      if (mine.signal.aborted) return;
      state.textContent = 'disconnected, reconnecting';
      again();
    }
  }

  follow.addEventListener('change', () => {
    if (follow.checked) start(); else { stop(); state.textContent = 'paused'; }
  });
  channel.addEventListener('change', () => { if (follow.checked) start(); });
  follow.checked = true;
  start();
})();
