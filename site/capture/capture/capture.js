/* BrandPulse capture page: volunteers time calls and log written complaints on their phone.
   Everything stays in this browser's localStorage until the volunteer exports a CSV (the "Field export CSV"
   contract in the README); nothing is sent anywhere. Times are read from Date.now() at each tap, never from a
   timer, so a locked screen or a sleeping tab does not change them. No framework, no build step. */
(function () {
  'use strict';

  var COLUMNS = ['attempt_id', 'campaign', 'brand', 'contact', 'channel', 'volunteer', 'device_id', 'dialed_at',
    'connected_at', 'asked_person_at', 'person_at', 'ended_at', 'outcome', 'menu_offered_person', 'language_asked',
    'language_served', 'tracking_code', 'sent_at', 'first_answer_at', 'first_answer_kind', 'real_answer_at',
    'answer_language', 'updated_at'];
  var TIME_COLUMNS = ['dialed_at', 'connected_at', 'asked_person_at', 'person_at', 'ended_at', 'sent_at',
    'first_answer_at', 'real_answer_at', 'updated_at'];
  var CHOICES = {
    channel: ['phone', 'email', 'webform', 'letter', 'social'],
    outcome: ['', 'reached_person', 'hung_up_after_wait', 'cut_off', 'busy_no_answer', 'no_person_offered'],
    menu_offered_person: ['', 'yes', 'no'],
    tracking_code: ['', 'yes', 'no'],
    language_asked: ['', 'es', 'ca', 'gl', 'eu', 'en', 'other'],
    language_served: ['', 'es', 'ca', 'gl', 'eu', 'en', 'other'],
    answer_language: ['', 'es', 'ca', 'gl', 'eu', 'en', 'other'],
    first_answer_kind: ['', 'automatic', 'private_channel', 'repeat', 'substantive']
  };
  var LANGUAGES = CHOICES.language_asked;
  var PHASES = ['dialed', 'connected', 'asked', 'person', 'ended'];
  var PHASE_COLUMN = { dialed: 'dialed_at', connected: 'connected_at', asked: 'asked_person_at', person: 'person_at', ended: 'ended_at' };
  var NEXT = {
    '': ['dialed'], dialed: ['connected', 'ended'], connected: ['asked', 'person', 'ended'],
    asked: ['person', 'ended'], person: ['ended'], ended: []
  };
  var STORE_KEY = 'brandpulse.capture.v1';
  var ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

  var script = document.currentScript;
  var base = new URL('.', script.src);
  var lang = document.documentElement.lang === 'es' ? 'es' : 'en';
  var T = {};
  var campaigns = [];
  var state = load();
  var editing = null;
  var waitAnnounced = false;

  function $(id) { return document.getElementById(id); }

  function text(key, values) {
    var s = key.split('.').reduce(function (o, k) { return o == null ? o : o[k]; }, T);
    if (typeof s !== 'string') { s = key; }
    return s.replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? String(values[name]) : m; });
  }

  // ---- storage ----------------------------------------------------------------------------------------------

  function load() {
    var s = null;
    try { s = JSON.parse(localStorage.getItem(STORE_KEY) || 'null'); } catch (e) { s = null; }
    s = s && typeof s === 'object' ? s : {};
    if (!s.deviceId) { s.deviceId = uuid(); }
    s.volunteer = s.volunteer || '';
    s.entries = Array.isArray(s.entries) ? s.entries : [];
    s.selection = s.selection || {};
    s.call = s.call || null;
    return s;
  }

  function save() {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(state));
      return true;
    } catch (e) {
      $('storage-status').textContent = text('storageFull');
      return false;
    }
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function askPersistence() {
    var out = $('storage-status');
    if (!navigator.storage || !navigator.storage.persist) { out.textContent = text('storageUnknown'); return; }
    navigator.storage.persisted().then(function (already) {
      return already || navigator.storage.persist();
    }).then(function (granted) {
      out.textContent = text(granted ? 'storagePersisted' : 'storageNotPersisted');
    }, function () { out.textContent = text('storageUnknown'); });
  }

  // ---- times ------------------------------------------------------------------------------------------------

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** ISO 8601 with the device's UTC offset at that instant, e.g. 2026-12-10T09:14:03+01:00. */
  function iso(ms) {
    var d = new Date(ms);
    var off = -d.getTimezoneOffset();
    var a = Math.abs(off);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' +
      pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + (off >= 0 ? '+' : '-') + pad(Math.floor(a / 60)) + ':' + pad(a % 60);
  }

  /** The value of a datetime-local input for an ISO time, in this device's time zone. */
  function toLocalInput(isoTime) {
    if (!isoTime) { return ''; }
    return iso(Date.parse(isoTime)).slice(0, 19);
  }

  /** A datetime-local value (local wall time) as ISO with the offset that applied at that moment. */
  function fromLocalInput(value) {
    if (!value) { return ''; }
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
    if (!m) { return ''; }
    return iso(new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0)).getTime());
  }

  function clockText(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
    return (h ? h + ':' + pad(m) : String(m)) + ':' + pad(s % 60);
  }

  function duration(seconds) {
    var m = Math.floor(seconds / 60), s = Math.round(seconds % 60);
    return s ? text('minutesSeconds', { m: m, s: s }) : text('minutes', { n: m });
  }

  function shortTime(isoTime) { return isoTime ? isoTime.slice(11, 19) : ''; }

  function shortDate(isoTime) { return isoTime ? isoTime.slice(0, 10) + ' ' + isoTime.slice(11, 16) : ''; }

  // ---- campaigns --------------------------------------------------------------------------------------------

  function campaign(slug) { return campaigns.filter(function (c) { return c.slug === slug; })[0] || null; }

  function brandOf(c, name) { return c ? (c.brands || []).filter(function (b) { return b.brand === name; })[0] || null : null; }

  function contactOf(c, brand, id) {
    var b = brandOf(c, brand);
    return b ? (b.contacts || []).filter(function (k) { return k.id === id; })[0] || null : null;
  }

  function contactLabel(k) {
    return k ? (k.label ? k.label + ' (' + k.address + ')' : k.address) + ' · ' + text('channels.' + k.channel) : '';
  }

  function fill(select, items, selected) {
    select.textContent = '';
    var first = new Option(text('choose'), '');
    select.add(first);
    items.forEach(function (it) { select.add(new Option(it.label, it.value)); });
    select.value = items.some(function (it) { return it.value === selected; }) ? selected : (items.length === 1 ? items[0].value : '');
  }

  function renderSetup() {
    var sel = state.selection;
    fill($('campaign'), campaigns.map(function (c) { return { value: c.slug, label: c.name }; }), sel.campaign);
    var c = campaign($('campaign').value);
    fill($('brand'), c ? c.brands.map(function (b) { return { value: b.brand, label: b.brand }; }) : [], sel.brand);
    var b = brandOf(c, $('brand').value);
    fill($('contact'), b ? b.contacts.map(function (k) { return { value: k.id, label: contactLabel(k) }; }) : [], sel.contact);
    sel.campaign = $('campaign').value;
    sel.brand = $('brand').value;
    sel.contact = $('contact').value;
    save();

    var status = $('campaign-status');
    status.hidden = true;
    if (!campaigns.length) {
      status.textContent = text('noCampaigns');
      status.hidden = false;
    } else if (c && c.illustrative) {
      status.textContent = text('illustrative');
      status.hidden = false;
    }
    $('protocol').textContent = c ? protocolText(c) : '';

    var k = contactOf(c, sel.brand, sel.contact);
    // A call in progress stays on screen whatever the pickers say: it keeps the contact it started with.
    $('call').hidden = !(state.call || (k && k.channel === 'phone'));
    $('written').hidden = !(k && k.channel !== 'phone');
    if (!$('written').hidden && !$('sent-at').value) { $('sent-at').value = toLocalInput(iso(Date.now())); }
    renderCall();
  }

  function protocolText(c) {
    var p = c.protocol || {};
    return text('campaignDates', { name: c.name, starts: c.starts, ends: c.ends }) + '. ' + text('protocol', {
      min: duration(p.min_wait_seconds || 0), max: duration(p.max_wait_seconds || 0),
      attempts: p.attempts_per_contact, windows: (p.call_windows || []).join(', '), zone: c.time_zone,
      days: p.written_observation_days
    });
  }

  function minWaitSeconds(slug) {
    var c = campaign(slug);
    return c && c.protocol && c.protocol.min_wait_seconds ? c.protocol.min_wait_seconds : 180;
  }

  function maxWaitSeconds(slug) {
    var c = campaign(slug);
    return c && c.protocol && c.protocol.max_wait_seconds ? c.protocol.max_wait_seconds : 0;
  }

  /** A warning when a time falls outside the campaign's dates (the import rejects such entries). */
  function outsideCampaign(slug, isoTime) {
    var c = campaign(slug);
    var day = isoTime ? isoTime.slice(0, 10) : '';
    if (!c || !day || !c.starts || !c.ends || (day >= c.starts && day <= c.ends)) { return ''; }
    return text('outsideCampaign', { day: day, starts: c.starts, ends: c.ends });
  }

  // ---- timing a call ----------------------------------------------------------------------------------------

  function lastPhase() {
    var taps = state.call ? state.call.taps : [];
    return taps.length ? taps[taps.length - 1].phase : '';
  }

  function tapOf(phase) {
    var t = state.call ? state.call.taps.filter(function (x) { return x.phase === phase; })[0] : null;
    return t || null;
  }

  function tap(phase) {
    var now = Date.now();
    if (NEXT[lastPhase()].indexOf(phase) < 0) { return; }
    if (!state.call) {
      var problem = callProblem();
      if (problem) { $('call-status').textContent = problem; return; }
      var sel = state.selection;
      state.call = { attempt_id: uuid(), campaign: sel.campaign, brand: sel.brand, contact: sel.contact, taps: [] };
    }
    state.call.taps.push({ phase: phase, ms: now, at: iso(now) });
    save();
    var status = text('status.' + phase, { time: shortTime(iso(now)) });
    var outside = phase === 'dialed' ? outsideCampaign(state.call.campaign, iso(now)) : '';
    $('call-status').textContent = outside ? status + ' ' + outside : status;
    renderCall();
    if (phase === 'ended') { prepareResult(); }
  }

  function callProblem() {
    var sel = state.selection;
    var k = contactOf(campaign(sel.campaign), sel.brand, sel.contact);
    // A missing name does not stop the timing (the dial time would be lost); saving asks for it.
    return !k || k.channel !== 'phone' ? text('status.needContact') : '';
  }

  function undo() {
    if (!state.call || !state.call.taps.length) { return; }
    var t = state.call.taps.pop();
    if (!state.call.taps.length) { state.call = null; }
    save();
    $('call-result').hidden = true;
    $('call-status').textContent = text('status.undone', { phase: text('phases.' + t.phase) });
    renderCall();
  }

  var wakeLock = null;

  /** Keeps the screen on while a call runs, where the browser allows it; the times do not depend on it. */
  function keepAwake(on) {
    if (on && !wakeLock && navigator.wakeLock && document.visibilityState === 'visible') {
      wakeLock = navigator.wakeLock.request('screen').catch(function () { return null; });
    } else if (!on && wakeLock) {
      wakeLock.then(function (lock) { if (lock) { lock.release(); } });
      wakeLock = null;
    }
  }

  function renderCall() {
    var last = lastPhase();
    keepAwake(last !== '' && last !== 'ended');
    var allowed = NEXT[last];
    Array.prototype.forEach.call(document.querySelectorAll('button.tap'), function (b) {
      b.disabled = allowed.indexOf(b.getAttribute('data-phase')) < 0;
    });
    $('undo').disabled = !last;
    var list = $('tap-list');
    list.textContent = '';
    (state.call ? state.call.taps : []).forEach(function (t) {
      var li = document.createElement('li');
      li.textContent = text('phases.' + t.phase) + ': ' + shortTime(t.at);
      list.appendChild(li);
    });
    $('call-result').hidden = last !== 'ended';
    // A tapped button is disabled at once; keep keyboard and screen reader focus on the next thing to tap.
    var focused = document.activeElement;
    if (focused && focused.disabled && (focused.classList.contains('tap') || focused.id === 'undo') && last !== 'ended') {
      var next = document.querySelector('button.tap:not(:disabled)');
      if (next) { next.focus(); }
    }
    tick();
  }

  /** Redraws the running clock and the countdown from Date.now(); never records anything. */
  function tick() {
    var now = Date.now();
    var dialed = tapOf('dialed'), connected = tapOf('connected'), person = tapOf('person'), ended = tapOf('ended');
    var stop = ended ? ended.ms : now;
    $('clock').textContent = clockText(dialed ? stop - dialed.ms : 0);
    var cd = $('countdown');
    if (!connected || person) { cd.textContent = ''; return; }
    var min = minWaitSeconds(state.call.campaign), max = maxWaitSeconds(state.call.campaign);
    var left = min * 1000 - (stop - connected.ms), maxLeft = max * 1000 - (stop - connected.ms);
    cd.textContent = left > 0 ? text('countdown', { min: duration(min), left: clockText(left + 999) })
      : max > min && maxLeft > 0 ? text('countdownMax', { min: duration(min), max: duration(max), left: clockText(maxLeft + 999) })
        : max > min ? text('countdownMaxDone', { max: duration(max) }) : text('countdownDone', { min: duration(min) });
    cd.classList.toggle('done', left <= 0);
    if (left <= 0 && !ended && !waitAnnounced) {
      waitAnnounced = true;
      $('call-status').textContent = text('status.waitReached');
    }
    if (left > 0) { waitAnnounced = false; }
  }

  function prepareResult() {
    var form = $('call-result');
    form.reset();
    var connected = tapOf('connected'), ended = tapOf('ended');
    var guess = tapOf('person') ? 'reached_person' : !connected ? 'busy_no_answer'
      : (ended.ms - connected.ms) / 1000 >= minWaitSeconds(state.call.campaign) ? 'hung_up_after_wait' : '';
    if (guess) { form.querySelector('input[name=outcome][value=' + guess + ']').checked = true; }
    $('language-asked').value = lang;
    $('language-served').value = '';
    // What was already filled in survives a reload (the browser may discard a page while the screen is locked).
    var draft = state.call.draft;
    if (draft) {
      ['outcome', 'menu', 'tracking'].forEach(function (name) {
        var r = form.querySelector('input[name=' + name + '][value="' + draft[name] + '"]');
        if (r) { r.checked = true; }
      });
      $('language-asked').value = draft.language_asked;
      $('language-served').value = draft.language_served;
      $('call-notes').value = draft.notes;
    }
    $('call-error').hidden = true;
    checkOutcome();
    $('call-result-h').focus();
  }

  function radio(form, name) {
    var r = form.querySelector('input[name=' + name + ']:checked');
    return r ? r.value : '';
  }

  function checkOutcome() {
    var warn = $('outcome-warning');
    warn.hidden = true;
    var outcome = radio($('call-result'), 'outcome');
    var connected = tapOf('connected'), ended = tapOf('ended');
    if (outcome === 'hung_up_after_wait' && connected && ended) {
      var min = minWaitSeconds(state.call.campaign), waited = (ended.ms - connected.ms) / 1000;
      if (waited < min) {
        warn.textContent = text('earlyHangUp', { wait: duration(Math.floor(waited)), min: duration(min) });
        warn.hidden = false;
      }
    }
  }

  function keepDraft() {
    if (!state.call) { return; }
    var form = $('call-result');
    state.call.draft = {
      outcome: radio(form, 'outcome'), menu: radio(form, 'menu'), tracking: radio(form, 'tracking'),
      language_asked: $('language-asked').value, language_served: $('language-served').value, notes: $('call-notes').value
    };
    save();
  }

  function outcomeProblem(outcome, hasConnected, hasPerson) {
    if (!outcome) { return text('outcomeRequired'); }
    if (outcome === 'reached_person' && !hasPerson) { return text('outcomeNeedsPerson'); }
    if (outcome !== 'reached_person' && hasPerson) { return text('outcomeHasPerson'); }
    if (!hasConnected && (outcome === 'hung_up_after_wait' || outcome === 'no_person_offered')) { return text('outcomeNeedsConnection'); }
    return '';
  }

  function saveCall(event) {
    event.preventDefault();
    var form = $('call-result');
    var outcome = radio(form, 'outcome');
    var problem = outcomeProblem(outcome, !!tapOf('connected'), !!tapOf('person')) || (state.volunteer.trim() ? '' : text('status.needName'));
    var err = $('call-error');
    if (problem) { err.textContent = problem; err.hidden = false; return; }
    err.hidden = true;
    var call = state.call;
    var k = contactOf(campaign(call.campaign), call.brand, call.contact);
    var entry = blankEntry(call.attempt_id, call.campaign, call.brand, call.contact, k ? k.channel : 'phone');
    call.taps.forEach(function (t) { entry[PHASE_COLUMN[t.phase]] = t.at; });
    entry.outcome = outcome;
    entry.menu_offered_person = radio(form, 'menu');
    entry.language_asked = $('language-asked').value;
    entry.language_served = $('language-served').value;
    entry.tracking_code = radio(form, 'tracking');
    entry.notes = $('call-notes').value;
    entry.updated_at = iso(Date.now());
    state.entries.push(entry);
    state.call = null;
    save();
    form.reset();
    $('call-status').textContent = text('status.saved');
    renderSetup();
    renderEntries();
    $('tap-dialed').focus();
  }

  function discardCall() {
    if (!window.confirm(text('confirmDiscard'))) { return; }
    state.call = null;
    save();
    $('call-status').textContent = text('status.discarded');
    renderSetup();
  }

  function blankEntry(id, campaignSlug, brand, contact, channel) {
    var e = {};
    COLUMNS.forEach(function (c) { e[c] = ''; });
    e.attempt_id = id;
    e.campaign = campaignSlug;
    e.brand = brand;
    e.contact = contact;
    e.channel = channel;
    e.volunteer = state.volunteer.trim();
    e.device_id = state.deviceId;
    e.notes = '';
    return e;
  }

  // ---- written complaints -----------------------------------------------------------------------------------

  function saveWritten(event) {
    event.preventDefault();
    var sel = state.selection;
    var k = contactOf(campaign(sel.campaign), sel.brand, sel.contact);
    var err = $('written-error');
    var sent = fromLocalInput($('sent-at').value);
    var problem = !k ? text('status.needContact') : !state.volunteer.trim() ? text('status.needName') : !sent ? text('sentRequired') : '';
    if (problem) { err.textContent = problem; err.hidden = false; return; }
    var outside = outsideCampaign(sel.campaign, sent);
    err.textContent = outside;
    err.hidden = !outside;
    var entry = blankEntry(uuid(), sel.campaign, sel.brand, sel.contact, k.channel);
    entry.sent_at = sent;
    entry.language_asked = $('written-language').value;
    entry.notes = $('written-notes').value;
    entry.updated_at = iso(Date.now());
    state.entries.push(entry);
    save();
    $('written-form').reset();
    $('sent-at').value = toLocalInput(iso(Date.now()));
    $('written-language').value = lang;
    $('entries-status').textContent = text('writtenSaved');
    renderEntries();
  }

  // ---- entries ----------------------------------------------------------------------------------------------

  function entryContact(e) {
    var k = contactOf(campaign(e.campaign), e.brand, e.contact);
    return k ? (k.label || k.address) : e.contact;
  }

  function entryText(e) {
    if (e.channel === 'phone') {
      return text(e.outcome ? 'entryCall' : 'entryCallOpen', {
        brand: e.brand, contact: entryContact(e), date: shortDate(e.dialed_at || e.connected_at), outcome: text('outcomes.' + e.outcome)
      });
    }
    return text('entryWritten', {
      brand: e.brand, channel: text('channels.' + e.channel), date: shortDate(e.sent_at), kind: text('kinds.' + e.first_answer_kind)
    });
  }

  function sortedEntries() {
    return state.entries.slice().sort(function (a, b) {
      var ta = Date.parse(a.dialed_at || a.connected_at || a.sent_at) || 0, tb = Date.parse(b.dialed_at || b.connected_at || b.sent_at) || 0;
      return tb - ta;
    });
  }

  function renderEntries() {
    var list = $('entry-list');
    list.textContent = '';
    var n = state.entries.length;
    sortedEntries().forEach(function (e) {
      var li = document.createElement('li');
      li.setAttribute('data-attempt', e.attempt_id);
      var span = document.createElement('span');
      span.textContent = entryText(e);
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary edit';
      b.textContent = text('edit');
      b.setAttribute('aria-label', text('edit') + ': ' + entryText(e));
      b.addEventListener('click', function () { openEdit(e.attempt_id); });
      li.appendChild(span);
      li.appendChild(b);
      list.appendChild(li);
    });
    $('entries-count').textContent = n === 0 ? text('entriesNone') : n === 1 ? text('entriesOne') : text('entriesCount', { n: n });
  }

  function find(id) { return state.entries.filter(function (e) { return e.attempt_id === id; })[0] || null; }

  function openEdit(id) {
    var e = find(id);
    if (!e) { return; }
    editing = id;
    var call = e.channel === 'phone';
    $('edit-call').hidden = !call;
    $('edit-written').hidden = call;
    $('edit-summary').textContent = call
      ? text('editCall', { contact: entryContact(e), brand: e.brand, date: shortDate(e.dialed_at || e.connected_at) })
      : text('editWritten', { channel: text('channels.' + e.channel), contact: entryContact(e), brand: e.brand });
    $('edit-outcome').value = e.outcome || 'reached_person';
    $('edit-menu').value = e.menu_offered_person;
    $('edit-language-served').value = e.language_served;
    $('edit-tracking').value = e.tracking_code;
    $('edit-sent-at').value = toLocalInput(e.sent_at);
    $('edit-first-at').value = toLocalInput(e.first_answer_at);
    $('edit-first-kind').value = e.first_answer_kind;
    $('edit-real-at').value = toLocalInput(e.real_answer_at);
    $('edit-answer-language').value = e.answer_language;
    $('edit-language-asked').value = e.language_asked;
    $('edit-notes').value = e.notes || '';
    $('edit-error').hidden = true;
    $('edit-form').hidden = false;
    $('edit-h').focus();
  }

  function closeEdit() {
    var id = editing;
    editing = null;
    $('edit-form').hidden = true;
    var li = id && document.querySelector('#entry-list li[data-attempt="' + id + '"] button');
    if (li) { li.focus(); }
  }

  function saveEdit(event) {
    event.preventDefault();
    var e = find(editing);
    if (!e) { closeEdit(); return; }
    var err = $('edit-error');
    var problem = '';
    var changes = { language_asked: $('edit-language-asked').value, notes: $('edit-notes').value };
    if (e.channel === 'phone') {
      changes.outcome = $('edit-outcome').value;
      changes.menu_offered_person = $('edit-menu').value;
      changes.language_served = $('edit-language-served').value;
      changes.tracking_code = $('edit-tracking').value;
      problem = outcomeProblem(changes.outcome, !!e.connected_at, !!e.person_at);
    } else {
      changes.sent_at = fromLocalInput($('edit-sent-at').value);
      changes.first_answer_at = fromLocalInput($('edit-first-at').value);
      changes.first_answer_kind = $('edit-first-kind').value;
      changes.real_answer_at = fromLocalInput($('edit-real-at').value);
      changes.answer_language = $('edit-answer-language').value;
      if (changes.first_answer_kind && changes.first_answer_kind !== 'automatic' && !changes.real_answer_at) {
        changes.real_answer_at = changes.first_answer_at;
      }
      problem = writtenProblem(changes);
    }
    if (problem) { err.textContent = problem; err.hidden = false; return; }
    Object.keys(changes).forEach(function (k) { e[k] = changes[k]; });
    e.updated_at = iso(Date.now());
    save();
    $('entries-status').textContent = text('editSaved');
    renderEntries();
    closeEdit();
  }

  function writtenProblem(c) {
    var sent = Date.parse(c.sent_at), first = Date.parse(c.first_answer_at), real = Date.parse(c.real_answer_at);
    if (!c.sent_at) { return text('sentRequired'); }
    if (c.first_answer_kind && !c.first_answer_at) { return text('kindNeedsTime'); }
    if (c.first_answer_at && !c.first_answer_kind) { return text('timeNeedsKind'); }
    if ((c.first_answer_at && first < sent) || (c.real_answer_at && real < sent)) { return text('answerBeforeSent'); }
    if (c.real_answer_at && c.first_answer_at && real < first) { return text('realBeforeFirst'); }
    return '';
  }

  function deleteEntry() {
    if (!editing || !window.confirm(text('confirmDelete'))) { return; }
    var id = editing;
    state.entries = state.entries.filter(function (e) { return e.attempt_id !== id; });
    save();
    editing = null;
    $('edit-form').hidden = true;
    $('entries-status').textContent = text('deleted');
    renderEntries();
    $('entries-h').focus();
  }

  // ---- export and import ------------------------------------------------------------------------------------

  function csvField(v) {
    var s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function toCsv(entries) {
    var lines = [COLUMNS.join(',')];
    entries.forEach(function (e) { lines.push(COLUMNS.map(function (c) { return csvField(e[c]); }).join(',')); });
    return lines.join('\r\n') + '\r\n';
  }

  function exportCsv() {
    // Without a campaign chosen (say the list could not load), everything on the device is exported.
    var slug = state.selection.campaign;
    var out = $('export-status');
    var rows = state.entries.filter(function (e) { return !slug || e.campaign === slug; }).sort(function (a, b) {
      return (Date.parse(a.dialed_at || a.connected_at || a.sent_at) || 0) - (Date.parse(b.dialed_at || b.connected_at || b.sent_at) || 0);
    });
    if (!rows.length) { out.textContent = text('exportNone'); return; }
    var file = 'brandpulse-' + (slug || 'all').replace(/[^A-Za-z0-9-]+/g, '-') + '-' + iso(Date.now()).slice(0, 10) + '.csv';
    var url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    out.textContent = text('exported', { n: rows.length, file: file });
  }

  /** RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and line breaks. */
  function parseCsv(s) {
    var rows = [], row = [], field = '', i = 0, quoted = false;
    if (s.charCodeAt(0) === 0xfeff) { i = 1; }
    for (; i < s.length; i++) {
      var ch = s[i];
      if (quoted) {
        if (ch === '"') {
          if (s[i + 1] === '"') { field += '"'; i++; } else { quoted = false; }
        } else { field += ch; }
      } else if (ch === '"') {
        quoted = true;
      } else if (ch === ',') {
        row.push(field); field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && s[i + 1] === '\n') { i++; }
        row.push(field); rows.push(row); row = []; field = '';
      } else { field += ch; }
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    return rows;
  }

  function importCsv(file, content) {
    var out = $('import-status');
    out.textContent = '';
    out.setAttribute('data-imports', String(Number(out.getAttribute('data-imports') || 0) + 1));
    var rows = parseCsv(content);
    if (!rows.length || rows[0].join(',') !== COLUMNS.join(',')) {
      say(out, text('importHeader', { file: file }));
      return;
    }
    var added = 0, updated = 0, unchanged = 0, errors = [];
    for (var r = 1; r < rows.length; r++) {
      var line = r + 1, cells = rows[r];
      if (cells.length === 1 && cells[0] === '') { continue; }
      if (cells.length !== COLUMNS.length) {
        errors.push(text('importRow', { line: line, field: '-', why: text('importFields', { n: cells.length, expected: COLUMNS.length }) }));
        continue;
      }
      var e = {}, bad = '';
      COLUMNS.forEach(function (c, j) { e[c] = cells[j]; });
      ['attempt_id', 'campaign', 'brand', 'contact', 'channel', 'updated_at'].forEach(function (c) {
        if (!bad && !e[c]) { bad = text('importRow', { line: line, field: c, why: text('importEmpty') }); }
      });
      TIME_COLUMNS.forEach(function (c) {
        if (!bad && e[c] && !(ISO_OFFSET.test(e[c]) && !isNaN(Date.parse(e[c])))) {
          bad = text('importRow', { line: line, field: c, why: text('importBadTime') });
        }
      });
      Object.keys(CHOICES).forEach(function (c) {
        if (!bad && CHOICES[c].indexOf(e[c]) < 0) {
          bad = text('importRow', { line: line, field: c, why: text('importBadValue', { value: e[c] }) });
        }
      });
      if (bad) { errors.push(bad); continue; }
      var mine = find(e.attempt_id);
      if (!mine) {
        e.notes = '';
        state.entries.push(e);
        added++;
      } else if (Date.parse(e.updated_at) > Date.parse(mine.updated_at)) {
        COLUMNS.forEach(function (c) { mine[c] = e[c]; });
        updated++;
      } else {
        unchanged++;
      }
    }
    adoptIdentity();
    save();
    say(out, text('importDone', { file: file, added: added, updated: updated, unchanged: unchanged }));
    if (errors.length) {
      say(out, text('importErrors', { n: errors.length }));
      var ul = document.createElement('ul');
      errors.forEach(function (m) { var li = document.createElement('li'); li.textContent = m; ul.appendChild(li); });
      out.appendChild(ul);
    }
    renderEntries();
    renderSetup();
  }

  /** On a new phone (or after storage was cleared) the volunteer keeps the identity of the entries imported back,
      so the campaign's pseudonym for them does not split in two. Only when every entry comes from one identity. */
  function adoptIdentity() {
    var ids = {};
    state.entries.forEach(function (e) { ids[e.volunteer + '\n' + e.device_id] = e; });
    var keys = Object.keys(ids);
    if (keys.length !== 1) { return; }
    var e = ids[keys[0]];
    if (!state.volunteer || state.volunteer === e.volunteer) {
      state.volunteer = e.volunteer;
      state.deviceId = e.device_id;
      $('volunteer').value = state.volunteer;
      $('device-id').textContent = state.deviceId;
    }
  }

  function say(el, message) {
    var p = document.createElement('p');
    p.textContent = message;
    el.appendChild(p);
  }

  // ---- start ------------------------------------------------------------------------------------------------

  function fillStatic() {
    Array.prototype.forEach.call(document.querySelectorAll('select.language'), function (s) {
      s.textContent = '';
      LANGUAGES.forEach(function (code) { s.add(new Option(text('languages.' + code), code)); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('select.yes-no'), function (s) {
      s.textContent = '';
      ['', 'yes', 'no'].forEach(function (v) { s.add(new Option(text('yesNo.' + v), v)); });
    });
    $('written-language').value = lang;
  }

  function wire() {
    $('volunteer').value = state.volunteer;
    $('device-id').textContent = state.deviceId;
    $('volunteer').addEventListener('input', function () { state.volunteer = $('volunteer').value; save(); });
    $('campaign').addEventListener('change', function () {
      state.selection = { campaign: $('campaign').value, brand: '', contact: '' };
      renderSetup();
    });
    $('brand').addEventListener('change', function () {
      state.selection.brand = $('brand').value;
      state.selection.contact = '';
      renderSetup();
    });
    $('contact').addEventListener('change', function () {
      state.selection.contact = $('contact').value;
      $('sent-at').value = '';
      renderSetup();
    });
    Array.prototype.forEach.call(document.querySelectorAll('button.tap'), function (b) {
      b.addEventListener('click', function () { tap(b.getAttribute('data-phase')); });
    });
    $('undo').addEventListener('click', undo);
    $('call-result').addEventListener('submit', saveCall);
    $('call-result').addEventListener('change', checkOutcome);
    $('call-result').addEventListener('input', keepDraft);
    $('call-result').addEventListener('change', keepDraft);
    $('discard-call').addEventListener('click', discardCall);
    $('written-form').addEventListener('submit', saveWritten);
    $('edit-form').addEventListener('submit', saveEdit);
    $('cancel-edit').addEventListener('click', closeEdit);
    $('delete-entry').addEventListener('click', deleteEntry);
    $('export').addEventListener('click', exportCsv);
    $('import').addEventListener('change', function () {
      var f = $('import').files[0];
      if (!f) { return; }
      f.text().then(function (content) { importCsv(f.name, content); $('import').value = ''; });
    });
    // Another tab of this page (the other language, say) changed the entries: show them.
    window.addEventListener('storage', function (ev) {
      if (ev.key === STORE_KEY) { state = load(); renderSetup(); renderEntries(); }
    });
    document.addEventListener('visibilitychange', function () {
      // The browser drops a wake lock when the page is hidden; take it again on return.
      if (document.visibilityState === 'visible') { wakeLock = null; }
      renderCall();
    });
    setInterval(tick, 250);
  }

  function getJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.json();
    });
  }

  function start() {
    var strings = getJson(new URL('i18n/' + lang + '.json', base).href);
    var list = getJson(new URL('campaigns.json', base).href).then(function (j) { return j.campaigns || []; }, function () { return []; });
    Promise.all([strings, list]).then(function (got) {
      T = got[0];
      campaigns = got[1];
      fillStatic();
      wire();
      renderSetup();
      renderEntries();
      if (state.call && lastPhase() === 'ended') { prepareResult(); }
      askPersistence();
      document.documentElement.setAttribute('data-ready', 'true');
    }, function () { $('load-error').hidden = false; });
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('sw.js', { scope: './' }).catch(function () { /* works online without it */ });
    }
  }

  start();
}());
