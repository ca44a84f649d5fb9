// supervisorj status console: keeps the server-rendered table live (polls api/status), filters it,
// and sends actions as POSTs carrying the page's CSRF token. Text from the server is only ever set
// through textContent or attribute setters, never parsed as HTML.
'use strict';
(() => {
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const table = document.getElementById('processes');
  const message = document.getElementById('statusmessage');
  const live = document.getElementById('live');
  const filter = document.getElementById('filter');
  const stateFilter = document.getElementById('statefilter');
  const LABELS = { start: 'Start', stop: 'Stop', restart: 'Restart', clearlog: 'Clear Log' };
  const KIND = { RUNNING: 'running', STOPPED: 'stopped', EXITED: 'stopped', FATAL: 'problem', BACKOFF: 'problem',
                 UNKNOWN: 'problem', STARTING: 'transition', STOPPING: 'transition' };
  const POLL_MS = 1000;
  document.body.classList.add('js');

  function el(tag, attrs = {}, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function form(name, buttons) {
    const f = el('form', { method: 'post', action: 'api/action' });
    f.append(el('input', { type: 'hidden', name: 'token', value: token }));
    f.append(el('input', { type: 'hidden', name: 'name', value: name }));
    for (const [value, label] of buttons) f.append(el('button', { name: 'action', value }, label));
    return f;
  }

  function groupRow(group) {
    const th = el('th', { colspan: '4' });
    th.append(el('span', { class: 'groupname' }, group),
      form(group, [['startgroup', 'Start Group'], ['stopgroup', 'Stop Group'], ['restartgroup', 'Restart Group']]));
    const tr = el('tr', { class: 'group' });
    tr.append(th);
    return tr;
  }

  function processRow(p) {
    const tr = el('tr', { class: 'process', 'data-name': p.namespec });
    const q = encodeURIComponent(p.namespec);
    const name = el('td', { class: 'name' });
    name.append(el('a', { href: 'tail.html?processname=' + q }, p.namespec));
    const action = el('td', { class: 'action' });
    action.append(form(p.namespec, []),
      el('a', { class: 'tailf', href: 'logtail/' + q, target: '_blank' }, 'Tail -f Stdout'),
      el('a', { class: 'tailf', href: 'logtail/' + q + '/stderr', target: '_blank' }, 'Tail -f Stderr'));
    const state = el('td', { class: 'state' });
    state.append(el('span'));
    tr.append(state, el('td', { class: 'description' }), name, action);
    return tr;
  }

  // Updates a row in place, so that a button being clicked is not swapped out under the pointer.
  function update(tr, p) {
    tr.dataset.state = p.statename;
    const span = tr.querySelector('td.state span');
    span.className = p.stateClass;
    span.textContent = p.statename.toLowerCase();
    tr.querySelector('td.description').textContent = p.description;
    const f = tr.querySelector('td.action form');
    const have = [...f.querySelectorAll('button')].map(b => b.value).join(',');
    if (have !== p.actions.join(',')) {
      f.querySelectorAll('button').forEach(b => b.remove());
      for (const a of p.actions) f.append(el('button', { name: 'action', value: a }, LABELS[a] || a));
    }
  }

  function isRealGroup(group, members) {
    return members.length > 1 || members.some(p => p.name !== group);
  }

  let shape = null;
  function render(status) {
    document.getElementById('version').textContent = status.version;
    const groups = new Map();
    for (const p of status.processes) {
      if (!groups.has(p.group)) groups.set(p.group, []);
      groups.get(p.group).push(p);
    }
    const newShape = JSON.stringify([...groups].map(([g, ps]) => [g, ps.map(p => p.namespec)]));
    const existing = new Map([...table.querySelectorAll('tr.process')].map(tr => [tr.dataset.name, tr]));
    if (newShape !== shape) {
      table.querySelectorAll('tbody').forEach(tb => tb.remove());
      for (const [group, members] of groups) {
        const tb = el('tbody', { 'data-group': group });
        if (isRealGroup(group, members)) tb.append(groupRow(group));
        for (const p of members) tb.append(existing.get(p.namespec) || processRow(p));
        table.append(tb);
      }
      shape = newShape;
      table.hidden = status.processes.length === 0;
      const none = document.getElementById('noprograms');
      if (none) none.hidden = status.processes.length > 0;
    }
    for (const tr of table.querySelectorAll('tr.process')) {
      const p = status.processes.find(x => x.namespec === tr.dataset.name);
      if (p) update(tr, p);
    }
    applyFilter();
  }

  function applyFilter() {
    const text = filter.value.trim().toLowerCase();
    const kind = stateFilter.value;
    for (const tb of table.querySelectorAll('tbody')) {
      let shown = 0;
      for (const tr of tb.querySelectorAll('tr.process')) {
        const ok = (!text || tr.dataset.name.toLowerCase().includes(text)) && (!kind || KIND[tr.dataset.state] === kind);
        tr.hidden = !ok;
        if (ok) shown++;
      }
      const header = tb.querySelector('tr.group');
      if (header) header.hidden = shown === 0;
    }
  }

  function show(ok, text) {
    message.textContent = text;
    message.className = 'message ' + (ok ? 'ok' : 'failed');
  }

  let timer = null;
  async function poll() {
    clearTimeout(timer);
    try {
      const r = await fetch('api/status', { cache: 'no-store', headers: { Accept: 'application/json' } });
      if (!r.ok) throw new Error('HTTP ' + r.status);
      render(await r.json());
      live.textContent = 'live, updated ' + new Date().toLocaleTimeString();
    } catch (e) {
      live.textContent = 'not connected (' + e.message + '), retrying';
    }
    timer = setTimeout(poll, POLL_MS);
  }

  document.addEventListener('submit', async (e) => {
    const f = e.target;
    if (!(f instanceof HTMLFormElement) || f.getAttribute('action') !== 'api/action') return;
    e.preventDefault();
    const body = new URLSearchParams(new FormData(f));
    if (e.submitter && e.submitter.name) body.set(e.submitter.name, e.submitter.value);
    const buttons = [...f.querySelectorAll('button')];
    buttons.forEach(b => { b.disabled = true; });
    show(true, (e.submitter ? e.submitter.textContent : 'Action') + ' ' + (body.get('name') || 'all') + '…');
    try {
      const r = await fetch('api/action', {
        method: 'POST', body, cache: 'no-store',
        headers: { 'X-CSRF-Token': token, Accept: 'application/json' },
      });
      const answer = (r.headers.get('Content-Type') || '').startsWith('application/json')
        ? await r.json() : { ok: false, message: 'HTTP ' + r.status };
      show(answer.ok, answer.message);
    } catch (err) {
      show(false, 'ERROR: ' + err.message);
    } finally {
      buttons.forEach(b => { b.disabled = false; });
      poll();
    }
  });

  filter.addEventListener('input', applyFilter);
  stateFilter.addEventListener('change', applyFilter);
  // Drop ?message= from the address bar, so a reload does not show an old message again.
  if (location.search) history.replaceState(null, '', location.pathname);
  poll();
})();
