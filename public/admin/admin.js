// /admin page: reads /admin/api/report with the filters in the address bar and draws the charts (chart.js, served
// from /admin/vendor/chart.js) and tables. Text from the report is only ever set as textContent.
(() => {
  const COLORS = {
    passed: '#2e7d32',
    failed: '#c62828',
    incomplete: '#9aa5b1',
    missed: '#c62828',
    spotted: '#81c784',
    avoided: '#64b5f6',
    official: '#2e7d32',
    unknown: '#9aa5b1',
    suspicious: '#f9a825',
    dangerous: '#c62828',
    pre: '#9aa5b1',
    post: '#0b5cad',
    preFa: '#f2b8b5',
    postFa: '#c62828',
  };
  const VERDICTS = ['official', 'unknown', 'suspicious', 'dangerous'];
  const FIELDS = ['session', 'channel', 'from', 'to', 'lang'];
  /** Longest line of a chart axis label: longer labels are wrapped, shorter on narrow screens (room for the bars). */
  const labelLine = () => (window.innerWidth < 600 ? 22 : 40);
  const TOP_FLAGS = 15;

  const $ = (id) => document.getElementById(id);
  const form = $('filters');
  const status = $('status');
  const charts = {};

  const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
  const fixed = (x, d = 2) => (x === null || x === undefined ? '–' : Number(x).toFixed(d));

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /** A table from a header row and data rows; cells and headers are strings/numbers, or {text, cls, title}. */
  function table(container, headers, rows, empty = 'No data for these filters.') {
    container.replaceChildren();
    if (!rows.length) {
      container.append(el('p', empty, 'empty'));
      return;
    }
    const wrap = el('div', undefined, 'table-scroll');
    const t = el('table');
    const head = el('tr');
    // A column of text cells gets a left-aligned header too.
    const textCol = (i) =>
      rows.some((r) => r[i] !== null && typeof r[i] === 'object' && /\btext\b/.test(r[i].cls || ''));
    for (const [i, h] of headers.entries()) {
      const cell = h !== null && typeof h === 'object' ? h : { text: h };
      const th = el('th', cell.text, [textCol(i) ? 'text' : '', cell.cls || ''].join(' ').trim() || undefined);
      if (cell.title) th.title = cell.title;
      head.append(th);
    }
    t.append(el('thead'));
    t.tHead.append(head);
    const body = el('tbody');
    for (const r of rows) {
      const tr = el('tr');
      for (const c of r) {
        const cell = c !== null && typeof c === 'object' ? c : { text: c };
        const td = el('td', cell.text, cell.cls);
        if (cell.title) td.title = cell.title;
        tr.append(td);
      }
      body.append(tr);
    }
    t.append(body);
    wrap.append(t);
    container.append(wrap);
  }

  /** The language red-flag labels are shown in (the Labels filter). */
  const lang = () => (new FormData(form).get('lang') === 'zh' ? 'zh' : 'en');

  /** A red flag's label in that language (an id the taxonomy does not know is its own label). */
  const flagLabel = (f) => f.label?.[lang()] || f.flag;

  /** Width of text as shown: Chinese and full-width characters count two. */
  const textWidth = (t) =>
    [...t].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

  /**
   * An axis label wrapped into lines of about labelLine() columns: between words, or between any two Chinese
   * characters. Lines keep their spaces, so joining them gives the label back.
   */
  function wrapLabel(text) {
    const max = labelLine();
    if (textWidth(text) <= max) return text;
    const tokens = text.match(/[\u2e80-\ua4cf\uff00-\uff60]|[^\s\u2e80-\ua4cf\uff00-\uff60]+\s*|\s+/g) || [text];
    const lines = [];
    let line = '';
    for (const token of tokens) {
      if (line && textWidth((line + token).trimEnd()) > max) {
        lines.push(line);
        line = token;
      } else line += token;
    }
    if (line) lines.push(line);
    return lines;
  }

  function query() {
    const p = new URLSearchParams();
    const data = new FormData(form);
    for (const f of FIELDS) {
      const v = String(data.get(f) || '').trim();
      if (v) p.set(f, v);
    }
    return p;
  }

  function fillFormFromUrl() {
    const p = new URLSearchParams(location.search);
    for (const f of FIELDS) {
      const input = form.elements.namedItem(f);
      if (!input || !p.has(f)) continue;
      if (f === 'session' && ![...input.options].some((o) => o.value === p.get(f)))
        input.append(new Option(p.get(f), p.get(f)));
      input.value = p.get(f);
    }
  }

  function draw(id, config) {
    if (typeof window.Chart !== 'function') return;
    if (charts[id]) charts[id].destroy();
    const base = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
    };
    config.options = Object.assign(base, config.options || {});
    charts[id] = new window.Chart($(id), config);
  }

  function renderTotals(r) {
    const box = $('totals');
    box.replaceChildren();
    const items = [
      [r.totals.total, 'outcomes'],
      [r.totals.drills, 'drills'],
      [r.totals.quizzes, 'quiz forms'],
      [r.totals.faq, 'FAQ questions'],
      [pct(r.faq.fallbackRate), 'FAQ fell back'],
      [r.totals.checks, 'checks'],
    ];
    for (const [value, label] of items) {
      const card = el('div', undefined, 'card');
      card.append(el('b', value), el('span', label));
      box.append(card);
    }
  }

  function renderDrills(r) {
    const labels = r.drills.map((d) => d.scenario);
    draw('chart-drills', {
      type: 'bar',
      data: {
        labels,
        datasets: ['passed', 'failed', 'incomplete'].map((k) => ({
          label: k,
          data: r.drills.map((d) => d[k]),
          backgroundColor: COLORS[k],
        })),
      },
      options: {
        scales: {
          x: { stacked: true, ticks: { autoSkip: false, maxRotation: 50 } },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: 'drill runs (started)' } },
        },
      },
    });
    table(
      $('table-drills'),
      ['scenario', 'started', 'passed', 'failed', 'incomplete', 'pass rate', 'avg score', 'red flags missed most'],
      r.drills.map((d) => [
        d.scenario,
        d.started,
        d.passed,
        d.failed,
        d.incomplete,
        pct(d.passRate),
        fixed(d.avgScore, 1),
        {
          text: d.flags
            .filter((f) => f.missed > 0)
            .slice(0, 3)
            .map((f) => `${flagLabel(f)} (${f.missed})`)
            .join(', '),
          cls: 'text',
        },
      ]),
    );
  }

  function renderFlags(r) {
    const top = r.redFlags.slice(0, TOP_FLAGS);
    const labels = top.map((f) => wrapLabel(flagLabel(f)));
    // Room for every line of every label: bars of wrapped labels get taller instead of overlapping.
    const lines = labels.reduce((n, l) => n + Math.max(1, Array.isArray(l) ? l.length : 1), 0);
    $('chart-flags').parentElement.style.height = `${Math.max(320, 90 + lines * 17 + top.length * 8)}px`;
    draw('chart-flags', {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: 'missed', data: top.map((f) => f.missed), backgroundColor: COLORS.missed },
          { label: 'spotted', data: top.map((f) => f.spotted), backgroundColor: COLORS.spotted },
          // Got past safely without naming it (a drill ended safely by not engaging).
          { label: 'avoided', data: top.map((f) => f.avoided), backgroundColor: COLORS.avoided },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true, ticks: { autoSkip: false } } },
        plugins: {
          tooltip: {
            callbacks: {
              title: (items) => flagLabel(top[items[0].dataIndex]),
              afterBody: (items) =>
                `miss rate ${pct(top[items[0].dataIndex].missRate)} · id ${top[items[0].dataIndex].flag}`,
            },
          },
        },
      },
    });
    table(
      $('table-flags'),
      ['red flag', 'missed', 'spotted', 'avoided', 'miss rate', 'id'],
      r.redFlags.map((f) => [
        { text: flagLabel(f), cls: 'text' },
        f.missed,
        f.spotted,
        f.avoided,
        pct(f.missRate),
        { text: f.flag, cls: 'text id' },
      ]),
    );
  }

  function renderQuiz(r) {
    const rows = [
      { label: 'all', row: r.quiz.overall },
      ...r.quiz.bySession.map((row) => ({ label: row.session ?? '(no session)', row })),
    ].filter((x) => x.row.pre || x.row.post);
    const labels = rows.map((x) => x.label);
    const val = (x, phase, k) => (x.row[phase] && x.row[phase][k] !== null ? x.row[phase][k] : null);
    draw('chart-quiz-rates', {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: 'hit rate pre', data: rows.map((x) => val(x, 'pre', 'hitRate')), backgroundColor: COLORS.pre },
          { label: 'hit rate post', data: rows.map((x) => val(x, 'post', 'hitRate')), backgroundColor: COLORS.post },
          {
            label: 'false alarms pre',
            data: rows.map((x) => val(x, 'pre', 'falseAlarmRate')),
            backgroundColor: COLORS.preFa,
          },
          {
            label: 'false alarms post',
            data: rows.map((x) => val(x, 'post', 'falseAlarmRate')),
            backgroundColor: COLORS.postFa,
          },
        ],
      },
      options: {
        scales: { y: { min: 0, max: 1, ticks: { callback: (v) => `${Math.round(v * 100)}%` } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${pct(c.raw)}` } } },
      },
    });
    draw('chart-quiz-dprime', {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: 'd′ pre', data: rows.map((x) => val(x, 'pre', 'dPrime')), backgroundColor: COLORS.pre },
          { label: 'd′ post', data: rows.map((x) => val(x, 'post', 'dPrime')), backgroundColor: COLORS.post },
        ],
      },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'd′ (discernment)' } } } },
    });
    // The change in words (the report's changeText), what it means as a tooltip; the code stays machine-readable.
    const changeCell = (row) => {
      if (!row.changeText) return '–';
      const warn = row.change === 'more-sceptical' || row.change === 'worse-discernment' || row.moreFalseAlarms;
      const text = row.moreFalseAlarms ? `${row.changeText.label}; more false alarms` : row.changeText.label;
      const title = row.moreFalseAlarms
        ? `${row.changeText.explain} More genuine contacts were called scams after training than before.`
        : row.changeText.explain;
      return { text, title, cls: warn ? 'text warn' : row.change === 'better-discernment' ? 'text good' : 'text' };
    };
    const out = [];
    for (const x of rows) {
      for (const phase of ['pre', 'post']) {
        const p = x.row[phase];
        out.push([
          phase === 'pre' ? x.label : '',
          phase,
          p ? p.forms : 0,
          pct(p?.hitRate),
          pct(p?.falseAlarmRate),
          fixed(p?.dPrime),
          fixed(p?.criterion),
          phase === 'post' ? changeCell(x.row) : '',
        ]);
      }
    }
    const headers = [
      'session',
      'phase',
      'forms',
      'hit rate',
      'false-alarm rate',
      { text: 'd′', title: 'd′, discernment: how well scam is told from genuine (0 = guessing, higher is better).' },
      {
        text: 'c (bias)',
        title:
          'c, the criterion (response bias): which way answers lean, whatever the item. Below 0 leans to "scam", ' +
          'above 0 to "genuine", 0 is no lean. A falling c with a flat d′ means more suspicion, not more skill.',
      },
      { text: 'change', title: 'What changed from pre to post; hover a change for what it means.' },
    ];
    table($('table-quiz'), headers, out);
  }

  function renderFaq(r) {
    $('faq-summary').textContent =
      `${r.faq.questions} questions: ${r.faq.matched} answered from the FAQ, ${r.faq.fallback} fell back (${pct(r.faq.fallbackRate)}), ` +
      `${r.faq.distinctFallbacks} different questions.`;
    const routed = r.faq.routed ?? { smalltalk: 0, product: 0 };
    $('faq-routed').textContent =
      `Routed before the FAQ: ${routed.smalltalk} small talk, ${routed.product} account/product questions ` +
      '(sent to the official channels; not missing content).';
    table(
      $('table-faq'),
      ['count', 'last asked', 'question (redacted)'],
      r.faq.fallbacks.map((f) => [f.count, f.lastAsked.slice(0, 10), { text: f.question, cls: 'text' }]),
      'No question fell back.',
    );
  }

  const GRAIN_NOTE = {
    day: 'One bar per day.',
    week: 'One bar per week (Monday to Sunday): the range shown is longer than two months.',
    month: 'One bar per month: the range shown is longer than a year.',
  };

  function renderChecks(r) {
    const { grain, bins } = r.checks;
    $('checks-grain').textContent = grain;
    const cut = bins.filter((b) => b.days < (Date.parse(b.end) - Date.parse(b.start)) / 86_400_000 + 1).length;
    $('checks-note').textContent =
      `${GRAIN_NOTE[grain]}${cut ? ' The first or last bar covers only the days inside the range.' : ''}`;
    draw('chart-checks', {
      type: 'bar',
      data: {
        labels: bins.map((b) => b.label),
        datasets: VERDICTS.map((v) => ({
          label: v,
          data: bins.map((b) => b[v]),
          backgroundColor: COLORS[v],
        })),
      },
      options: {
        scales: {
          x: { stacked: true, ticks: { maxRotation: 60 } },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: `checks per ${grain}` } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              title: (items) => {
                const b = bins[items[0].dataIndex];
                return grain === 'day' ? b.start : `${b.start} – ${b.end} (${b.days} days in range)`;
              },
            },
          },
        },
      },
    });
    table(
      $('table-checks'),
      [grain, ...VERDICTS, 'total'],
      bins.map((b) => [{ text: b.label, cls: 'text' }, ...VERDICTS.map((v) => b[v]), b.total]),
    );
  }

  function renderGroups(r) {
    const rows = (list, none) => list.map((g) => [g.key ?? none, g.drills, g.quizzes, g.faq, g.checks, g.total]);
    table(
      $('table-sessions'),
      ['session', 'drills', 'quizzes', 'faq', 'checks', 'total'],
      rows(r.sessions, '(no session)'),
    );
    table($('table-channels'), ['channel', 'drills', 'quizzes', 'faq', 'checks', 'total'], rows(r.channels, '–'));
    table(
      $('table-topics'),
      ['topic', 'drills', 'passed', 'failed', 'incomplete', 'FAQ answered'],
      r.topics.map((t) => [t.topic, t.drills, t.passed, t.failed, t.incomplete, t.faqMatched]),
    );
  }

  function fillSessions(r) {
    const select = $('f-session');
    const current = select.value;
    select.replaceChildren(new Option('All sessions', ''));
    const names = new Set(r.available.sessions);
    if (current) names.add(current);
    for (const s of [...names].sort()) select.append(new Option(s, s));
    select.value = current;
  }

  /** 👍/👎 from the widget in the filtered range (the report's `feedback`), the worst-rated answers first. */
  function renderFeedback(r) {
    const box = $('feedback-summary');
    const f = r.feedback;
    const worst = f.worst.map((w) => `${w.answer} (${w.unhelpful})`).join(', ');
    const most = worst ? ` — most: ${worst}.` : '.';
    box.textContent = `Answers users found unhelpful: ${f.unhelpful} (👍 ${f.helpful})${most}`;
  }

  /** The facts list (oldest check first): independent of the report filters, loaded once. */
  async function loadFacts() {
    const res = await fetch('/admin/api/facts', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    }).catch(() => null);
    if (!res?.ok) return;
    const body = await res.json().catch(() => null);
    if (!body) return;
    const stale = body.facts.filter((f) => f.stale).length;
    $('facts-summary').textContent =
      `${body.facts.length} facts from content/facts.yaml, ${stale} last checked more than ${body.maxAgeMonths} months ago. Re-check the top rows.`;
    table(
      $('table-facts'),
      ['Checked', 'Age (days)', 'Fact', 'Number', 'What users read', 'Sources'],
      body.facts.map((f) => [
        { text: f.stale ? `${f.checked} ⚠` : f.checked, cls: f.stale ? 'text stale' : 'text' },
        f.ageDays,
        { text: f.id, cls: 'text' },
        { text: f.number || '', cls: 'text' },
        { text: f.text.en, cls: 'text' },
        { text: f.sources.map((x) => `${x.title} — ${x.url}`).join('\n'), cls: 'text sources' },
      ]),
      'No facts file.',
    );
  }

  async function load() {
    const qs = query().toString();
    for (const a of document.querySelectorAll('a.csv[data-section]'))
      a.href = `/admin/export.csv?section=${a.dataset.section}${qs ? `&${qs}` : ''}`;
    status.className = 'status';
    status.textContent = 'Loading…';
    document.body.dataset.ready = 'false';
    let res;
    try {
      res = await fetch(`/admin/api/report${qs ? `?${qs}` : ''}`, {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch {
      status.className = 'status error';
      status.textContent = 'The server cannot be reached.';
      return;
    }
    if (res.status === 401) {
      location.assign('/admin');
      return;
    }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      status.className = 'status error';
      status.textContent = body.message || `Error ${res.status}`;
      return;
    }
    const r = body;
    fillSessions(r);
    renderTotals(r);
    renderDrills(r);
    renderFlags(r);
    renderQuiz(r);
    renderFaq(r);
    renderChecks(r);
    renderGroups(r);
    renderFeedback(r);
    const q = r.query;
    const f = new URLSearchParams(qs);
    const chartNote =
      typeof window.Chart === 'function' ? '' : ' Charts unavailable (chart.js not installed): tables only.';
    status.textContent =
      `Session: ${q.session ?? 'all'} · channel: ${q.channel ?? 'all'} · ` +
      `${f.get('from') || 'first day'} → ${f.get('to') || 'today'} · days in ${q.tz}.${chartNote}`;
    document.body.dataset.ready = 'true';
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const qs = query().toString();
    history.replaceState(null, '', `/admin${qs ? `?${qs}` : ''}`);
    void load();
  });

  // Labels in the other language: same figures, so re-query at once.
  $('f-lang').addEventListener('change', () => form.requestSubmit());

  fillFormFromUrl();
  void load();
  void loadFacts();
})();
