(function () {
  'use strict';
  var t0 = performance.now();
  var D = JSON.parse(document.getElementById('data').textContent);
  var E = D.E, A = D.A, T = D.T, C = D.C || {};
  // entry fields (ChronologyHtml.entry)
  var ID = 0, START = 1, UNTIL = 2, YEAR = 3, MONTH = 4, DATE = 5, HIJRI = 6, PLABEL = 7, PGROUP = 8, KIND = 9,
      CAL = 10, CONFLICT = 11, MEMBERS = 12, LINKS = 13, CURATED = 14;
  // member fields
  var ART = 0, SEQ = 1, TEXT = 2, XB = 3, XE = 4, EXPR = 5, MDATE = 6;
  var MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  // a view of at most EAGER entries is built whole at once; a larger one month by month as it scrolls into view
  var PAGE = 40, EAGER = 200, DAY = 864e5;
  var state = {q: '', src: '', y: '', m: '', p: '', c: '', k: ''};
  var searchText = null, groups = [], observer = null, matched = [];

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = text; }
    return n;
  }
  function bdi(text) { var b = el('bdi', null, text); return b; }
  function year4(y) { var s = String(Math.abs(y)); while (s.length < 4) { s = '0' + s; } return (y < 0 ? '-' : '') + s; }
  function isoDay(iso) {
    var p = iso.split('-');
    return Number(p[2]) + ' ' + MONTHS[Number(p[1]) - 1] + ' ' + year4(Number(p[0]));
  }
  function dayOfEpoch(d) { return new Date(d * DAY); }
  function yearStart(y) { var t = new Date(0); t.setUTCFullYear(y, 0, 1); return Math.round(t.getTime() / DAY); }
  function monthStart(y, m) { var t = new Date(0); t.setUTCFullYear(y, m - 1, 1); return Math.round(t.getTime() / DAY); }
  function norm(s) {
    return String(s).replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي')
      .replace(/[٠-٩]/g, function (c) { return String(c.charCodeAt(0) - 0x660); }).toLowerCase();
  }
  function sourcesOf(e) {
    var out = [];
    e[MEMBERS].forEach(function (m) { var s = A[m[ART]][1]; if (out.indexOf(s) < 0) { out.push(s); } });
    return out;
  }
  function buildSearchText() {
    searchText = E.map(function (e) {
      var parts = [e[DATE], e[HIJRI], e[ID]];
      e[MEMBERS].forEach(function (m) {
        var a = A[m[ART]];
        parts.push(m[TEXT], m[EXPR], T[a[1]], a[2] || '', a[0]);
      });
      return norm(parts.join(' \u0001 '));
    });
  }

  var FACETS = [
    {key: 'src', id: 'f-src', all: 'كل المصادر', values: sourcesOf, label: function (v) { return T[v]; }},
    {key: 'y', id: 'f-year', all: 'كل السنوات', values: function (e) { return [e[YEAR]]; }, label: year4, numeric: true},
    {key: 'm', id: 'f-month', all: 'كل الأشهر', values: function (e) { return [e[MONTH]]; },
      label: function (v) { return v === 0 ? 'دون شهر محدد' : MONTHS[v - 1]; }, numeric: true},
    {key: 'p', id: 'f-prec', all: 'كل درجات الدقة', values: function (e) { return [e[PGROUP]]; }, label: function (v) { return T[v]; }},
    {key: 'c', id: 'f-cal', all: 'كل التقاويم', values: function (e) { return [e[CAL]]; }, label: function (v) { return T[v]; }},
    {key: 'k', id: 'f-kind', all: 'كل الأنواع', values: function (e) { return [e[KIND]]; }, label: function (v) { return T[v]; }}
  ];

  function matchesFacet(e, f) {
    var want = state[f.key];
    if (want === '') { return true; }
    return f.values(e).indexOf(Number(want)) >= 0;
  }
  function matchesQuery(i, words) {
    if (!words.length) { return true; }
    var s = searchText[i];
    for (var w = 0; w < words.length; w++) { if (s.indexOf(words[w]) < 0) { return false; } }
    return true;
  }

  function apply() {
    var words = norm(state.q).split(/\s+/).filter(Boolean);
    if (words.length && !searchText) { buildSearchText(); }
    var qOk = E.map(function (e, i) { return matchesQuery(i, words); });
    matched = [];
    for (var i = 0; i < E.length; i++) {
      if (qOk[i] && FACETS.every(function (f) { return matchesFacet(E[i], f); })) { matched.push(i); }
    }
    FACETS.forEach(function (f) { fillFacet(f, qOk); });
    render();
    var total = E.length;
    $('status').textContent = matched.length === total ? 'كل المدخلات: ' + total
      : 'المطابق: ' + matched.length + ' من ' + total + ' مدخلاً';
    var h = [];
    Object.keys(state).forEach(function (k) { if (state[k] !== '') { h.push(k + '=' + encodeURIComponent(state[k])); } });
    if (history.replaceState) { history.replaceState(null, '', h.length ? '#' + h.join('&') : location.pathname + location.search); }
    report();
  }

  /** Options with counts under the other facets and the search (faceted search). */
  function fillFacet(f, qOk) {
    var counts = new Map();
    for (var i = 0; i < E.length; i++) {
      if (!qOk[i]) { continue; }
      var e = E[i], ok = true;
      for (var j = 0; j < FACETS.length && ok; j++) { if (FACETS[j] !== f) { ok = matchesFacet(e, FACETS[j]); } }
      if (!ok) { continue; }
      f.values(e).forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
    }
    var keys = Array.from(counts.keys());
    keys.sort(f.numeric ? function (a, b) { return a - b; } : function (a, b) { return counts.get(b) - counts.get(a); });
    var sel = $(f.id);
    sel.textContent = '';
    var all = el('option', null, f.all);
    all.value = '';
    sel.appendChild(all);
    keys.forEach(function (v) {
      var o = el('option', null, f.label(v) + ' (' + counts.get(v) + ')');
      o.value = String(v);
      sel.appendChild(o);
    });
    if (state[f.key] !== '' && !counts.has(Number(state[f.key]))) {
      var o = el('option', null, f.label(Number(state[f.key])) + ' (0)');
      o.value = state[f.key];
      sel.appendChild(o);
    }
    sel.value = state[f.key];
  }

  function render() {
    var main = $('entries');
    main.textContent = '';
    if (observer) { observer.disconnect(); }
    groups = [];
    var byKey = new Map();
    matched.forEach(function (i) {
      var e = E[i], k = e[YEAR] * 100 + e[MONTH], g = byKey.get(k);
      if (!g) { g = {y: e[YEAR], m: e[MONTH], items: [], shown: 0}; byKey.set(k, g); groups.push(g); }
      g.items.push(i);
    });
    if (!groups.length) { main.appendChild(el('p', 'empty', 'لا مدخلات مطابقة.')); }
    var year = null, yearBox = null;
    groups.forEach(function (g, gi) {
      if (g.y !== year) {
        year = g.y;
        yearBox = el('section', 'year');
        yearBox.id = 'y' + year4(g.y);
        var h2 = el('h2', null, year4(g.y) + ' ');
        yearBox.appendChild(h2);
        main.appendChild(yearBox);
      }
      var sec = el('section', 'month');
      sec.id = 'm' + year4(g.y) + '-' + g.m;
      sec.dataset.g = gi;
      var h3 = el('h3', null, (g.m === 0 ? 'خلال سنة ' + year4(g.y) + ' (دون شهر محدد)' : MONTHS[g.m - 1] + ' ' + year4(g.y)) + ' ');
      h3.appendChild(el('small', null, '(' + g.items.length + ')'));
      sec.appendChild(h3);
      g.list = el('div', 'list');
      g.list.style.minHeight = Math.min(g.items.length, PAGE) * 120 + 'px';
      sec.appendChild(g.list);
      yearBox.appendChild(sec);
      g.section = sec;
    });
    axis();
    index();
    if (matched.length <= EAGER || !('IntersectionObserver' in window)) {
      groups.forEach(function (g) { while (g.shown < g.items.length) { more(g); } });
      return;
    }
    observer = new IntersectionObserver(function (seen) {
      seen.forEach(function (s) {
        if (s.isIntersecting) { more(groups[Number(s.target.dataset.g)]); observer.unobserve(s.target); }
      });
      report();
    }, {rootMargin: '800px 0px'});
    groups.forEach(function (g) { observer.observe(g.section); });
    more(groups[0]);
  }

  /** Builds the next page of a month's entries. */
  function more(g) {
    if (!g || (g.shown >= g.items.length && g.shown > 0)) { return; }
    var old = g.list.querySelector('.more');
    if (old) { old.remove(); }
    var end = Math.min(g.items.length, g.shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var i = g.shown; i < end; i++) { frag.appendChild(entry(E[g.items[i]])); }
    g.list.appendChild(frag);
    g.list.style.minHeight = '';
    g.shown = end;
    if (end < g.items.length) {
      var b = el('button', 'more', 'عرض ' + Math.min(PAGE, g.items.length - end) + ' أخرى من ' + (g.items.length - end));
      b.type = 'button';
      b.addEventListener('click', function () { more(g); report(); });
      g.list.appendChild(b);
    }
  }

  function highlighted(text, b, e) {
    var p = el('span');
    if (b >= 0 && e > b && e <= text.length) {
      p.appendChild(document.createTextNode(text.substring(0, b)));
      p.appendChild(el('mark', null, text.substring(b, e)));
      p.appendChild(document.createTextNode(text.substring(e)));
    } else {
      p.textContent = text;
    }
    return p;
  }

  function entry(e) {
    var art = el('article', 'entry' + (e[CONFLICT].length ? ' conflict' : ''));
    art.id = e[ID];
    var when = el('div', 'when');
    var time = el('time', null, e[DATE]);
    time.dateTime = dayOfEpoch(e[START]).toISOString().substring(0, 10);
    when.appendChild(time);
    if (e[HIJRI]) { when.appendChild(el('span', 'hijri', '(' + e[HIJRI] + ')')); }
    when.appendChild(document.createTextNode(' '));
    when.appendChild(el('span', 'precision', T[e[PLABEL]]));
    when.appendChild(document.createTextNode(' '));
    when.appendChild(el('span', 'kind', T[e[KIND]]));
    var n = e[MEMBERS].length;
    if (n > 1) { when.appendChild(document.createTextNode(' ')); when.appendChild(el('span', 'count', n + ' مصادر')); }
    var curated = e[CURATED] || [];
    if (curated.length) { when.appendChild(document.createTextNode(' ')); when.appendChild(el('span', 'curated', 'مُراجَع')); }
    art.appendChild(when);
    if (curated.length) {
      var cu = el('ul', 'curation');
      curated.forEach(function (k) { var li = el('li'); li.appendChild(bdi(k)); cu.appendChild(li); });
      art.appendChild(cu);
    }
    if (e[CONFLICT].length) {
      var c = el('div', 'conflict-flag', 'تواريخ متعارضة: ');
      e[CONFLICT].forEach(function (d, i) {
        if (i) { c.appendChild(document.createTextNode(' / ')); }
        c.appendChild(bdi(d[0]));
        c.appendChild(document.createTextNode(' (' + d[1] + ')'));
      });
      art.appendChild(c);
    }
    var head = e[MEMBERS][0];
    var hp = el('p', 'headline');
    hp.appendChild(highlighted(head[TEXT], head[XB], head[XE]));
    art.appendChild(hp);
    var ol = el('ol', 'sources');
    e[MEMBERS].forEach(function (m, i) {
      var a = A[m[ART]];
      var li = el('li');
      var cite = el('div', 'cite');
      var name = T[a[1]] + (a[2] ? ' — ' + a[2] : '');
      var link = a[3] ? el('a', null, name) : el('span', 'src', name);
      if (a[3]) { link.href = a[3]; link.rel = 'noreferrer'; }
      link.dir = 'auto';
      cite.appendChild(link);
      cite.appendChild(document.createTextNode(' '));
      cite.appendChild(el('span', 'pub', 'نُشر ' + isoDay(a[4])));
      cite.appendChild(document.createTextNode(' '));
      var ref = el('span', 'ref');
      ref.appendChild(bdi(a[0] + '#' + m[SEQ]));
      cite.appendChild(ref);
      cite.appendChild(document.createTextNode(' '));
      var x = el('span', 'expr', m[EXPR] ? '«' + m[EXPR] + '» ← ' : 'تاريخ النشر ← ');
      x.appendChild(bdi(m[MDATE]));
      cite.appendChild(x);
      li.appendChild(cite);
      // the headline already shows the first member's sentence: print it once
      if (i > 0) {
        var q = el('blockquote');
        q.appendChild(highlighted(m[TEXT], m[XB], m[XE]));
        li.appendChild(q);
      }
      ol.appendChild(li);
    });
    art.appendChild(ol);
    if (e[LINKS].length) {
      var why = el('details', 'why');
      why.appendChild(el('summary', null, 'لماذا دُمجت هذه المصادر؟'));
      var ul = el('ul');
      e[LINKS].forEach(function (l) {
        var li = el('li');
        li.appendChild(bdi(l[0]));
        li.appendChild(document.createTextNode(' ≈ '));
        li.appendChild(bdi(l[1]));
        li.appendChild(document.createTextNode(': تشابه ' + l[2].toFixed(2) + '، كلمات مشتركة: ' + l[3] + '، الزمن: ' + l[4]));
        ul.appendChild(li);
      });
      why.appendChild(ul);
      art.appendChild(why);
    }
    return art;
  }

  /** The year and month index, years grouped by century (in words). */
  function index() {
    var box = $('index');
    box.textContent = '';
    var century = null, row = null;
    var years = [];
    groups.forEach(function (g) {
      var y = years[years.length - 1];
      if (!y || y.y !== g.y) { y = {y: g.y, months: [], count: 0}; years.push(y); }
      y.count += g.items.length;
      if (g.m) { y.months.push(g); }
    });
    years.forEach(function (y) {
      var c = Math.floor(y.y / 100);
      if (c !== century) {
        century = c;
        row = el('div', 'century');
        row.appendChild(el('span', 'c-label', C[String(c)] || ''));
        box.appendChild(row);
      }
      var span = el('span', 'yr');
      var a = el('a', null, year4(y.y));
      a.href = '#y' + year4(y.y);
      a.title = y.count + ' مدخلاً';
      span.appendChild(a);
      if (y.months.length) {
        var ms = el('span', 'months');
        y.months.forEach(function (g) {
          var m = el('a', null, MONTHS[g.m - 1] + ' ' + g.items.length);
          m.href = '#m' + year4(g.y) + '-' + g.m;
          ms.appendChild(m);
        });
        span.appendChild(document.createTextNode(': '));
        span.appendChild(ms);
      }
      row.appendChild(span);
    });
  }

  /**
   * The time axis, right to left. Up to two months: one day per step. Longer: a broken scale,
   * one segment per year that has entries (wider with more entries), gaps between them
   * collapsed into a dashed break; a bar per month (height: entries, on a log scale), and a
   * span for each entry known only to the year, decade or century.
   */
  function axis() {
    var box = $('axis');
    box.textContent = '';
    if (!matched.length) { return; }
    var lo = Infinity, hi = -Infinity, points = new Map(), spans = new Map(), perYear = new Map();
    matched.forEach(function (i) {
      var e = E[i], coarse = e[MONTH] === 0 || e[UNTIL] - e[START] > 62;
      lo = Math.min(lo, e[START]);
      hi = Math.max(hi, coarse ? e[START] : e[UNTIL] - 1);
      if (coarse) {
        var sk = e[START] + ':' + e[UNTIL], s = spans.get(sk);
        if (!s) { s = {a: e[START], b: e[UNTIL], n: 0, y: e[YEAR]}; spans.set(sk, s); }
        s.n++;
        var ey = dayOfEpoch(e[UNTIL] - 1).getUTCFullYear();
        perYear.set(e[YEAR], (perYear.get(e[YEAR]) || 0) + 1);
        if (ey !== e[YEAR]) { perYear.set(ey, perYear.get(ey) || 0); }
      } else {
        var pk = e[YEAR] * 100 + e[MONTH], p = points.get(pk);
        if (!p) { p = {y: e[YEAR], m: e[MONTH], n: 0, days: new Map(), conflict: 0}; points.set(pk, p); }
        p.n++;
        p.days.set(e[START], (p.days.get(e[START]) || 0) + 1);
        if (e[CONFLICT].length) { p.conflict++; }
        perYear.set(e[YEAR], (perYear.get(e[YEAR]) || 0) + 1);
      }
    });
    var pos, labels = [];
    var width = box.clientWidth || 600;
    if (hi - lo <= 62 && spans.size === 0) {
      // a day scale
      var n = hi - lo + 1;
      pos = function (d) { return (d - lo) / n; };
      for (var d = lo; d <= hi; d++) {
        var dt = dayOfEpoch(d);
        labels.push({at: pos(d) + 0.5 / n, text: dt.getUTCDate() + ' ' + MONTHS[dt.getUTCMonth()]});
      }
      points.forEach(function (p) {
        p.days.forEach(function (cnt, day) { bar(box, pos(day), 1 / n, cnt, p.y + '-' + p.m, p.conflict > 0, isoDay(dayOfEpoch(day).toISOString().substring(0, 10)) + ': ' + cnt, day); });
      });
    } else {
      var ys = Array.from(perYear.keys()).sort(function (a, b) { return a - b; });
      var off = new Map(), w = new Map(), total = 0, GAP = 0.6, breaks = [];
      ys.forEach(function (y, i) {
        if (i && y !== ys[i - 1] + 1) { breaks.push(total); total += GAP; }
        off.set(y, total);
        var wy = 1 + Math.log2(1 + perYear.get(y));
        w.set(y, wy);
        total += wy;
      });
      pos = function (day) {
        var y = dayOfEpoch(day).getUTCFullYear();
        if (off.has(y)) {
          var a = yearStart(y), b = yearStart(y + 1);
          return (off.get(y) + w.get(y) * (day - a) / (b - a)) / total;
        }
        // in a gap: between the segments around it
        var prev = null, next = null;
        for (var i = 0; i < ys.length; i++) { if (ys[i] < y) { prev = ys[i]; } else if (next === null) { next = ys[i]; } }
        if (prev === null) { return 0; }
        if (next === null) { return 1; }
        var ga = yearStart(prev + 1), gb = yearStart(next);
        var from = off.get(prev) + w.get(prev);
        return (from + (off.get(next) - from) * (day - ga) / Math.max(1, gb - ga)) / total;
      };
      ys.forEach(function (y) { labels.push({at: (off.get(y) + w.get(y) / 2) / total, text: year4(y)}); });
      breaks.forEach(function (b) {
        var k = el('span', 'break');
        k.style.right = (100 * b / total) + '%';
        k.style.width = (100 * GAP / total) + '%';
        k.title = 'سنوات بلا مدخلات';
        box.appendChild(k);
      });
      points.forEach(function (p) {
        var a = monthStart(p.y, p.m), b = monthStart(p.y + (p.m === 12 ? 1 : 0), p.m === 12 ? 1 : p.m + 1);
        bar(box, pos(a), pos(b) - pos(a), p.n, p.y + '-' + p.m, p.conflict > 0, MONTHS[p.m - 1] + ' ' + year4(p.y) + ': ' + p.n, a);
      });
    }
    var rows = [];
    Array.from(spans.values()).sort(function (a, b) { return a.a - b.a; }).forEach(function (s) {
      var r = pos(s.a), wd = Math.max(pos(s.b) - r, 0.004);
      var row = 0;
      while (rows[row] !== undefined && rows[row] > r) { row++; }
      rows[row] = r + wd;
      if (row > 3) { row = 3; }
      var a = el('a', 'span');
      a.style.right = (100 * r) + '%';
      a.style.width = (100 * wd) + '%';
      a.style.bottom = (4 + row * 9) + 'px';
      a.href = '#y' + year4(s.y);
      a.title = s.n + ' مدخلاً بتاريخ غير دقيق';
      a.dataset.start = s.a;
      box.appendChild(a);
    });
    // labels, thinned so that none overlaps the one before it
    var lastEdge = -Infinity;
    labels.forEach(function (l) {
      var px = l.at * width;
      if (px - lastEdge < 44) { return; }
      lastEdge = px;
      var s = el('span', 'label', l.text);
      s.style.right = (100 * l.at) + '%';
      box.appendChild(s);
    });
  }

  function bar(box, right, wd, n, key, conflict, title, start) {
    var a = el('a', 'bar' + (conflict ? ' conflict' : ''));
    a.style.right = (100 * right) + '%';
    a.style.width = 'max(2px, calc(' + (100 * wd) + '% - 1px))';
    a.style.height = Math.min(60, 8 + 10 * Math.log2(1 + n)) + 'px';
    var p = key.split('-');
    a.href = '#m' + year4(Number(p[0])) + '-' + p[1];
    a.title = title;
    a.dataset.start = start;
    box.appendChild(a);
  }

  /** What the rendering test reads from the DOM dump. */
  function report() {
    function box(x) { var r = x.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, width: r.width}; }
    function content(x) {
      var r = x.getBoundingClientRect(), s = getComputedStyle(x);
      return {left: r.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth),
              right: r.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth)};
    }
    function chars(node) {
      var t = node.firstChild;
      if (!t || t.nodeType !== 3 || t.length < 2) { return null; }
      var a = document.createRange(); a.setStart(t, 0); a.setEnd(t, 1);
      var z = document.createRange(); z.setStart(t, t.length - 1); z.setEnd(t, t.length);
      return {first: box(a), last: box(z)};
    }
    var r = {documentDirection: getComputedStyle(document.documentElement).direction, lang: document.documentElement.lang,
             total: E.length, matched: matched.length, matchedIds: matched.slice(0, 200).map(function (i) { return E[i][ID]; }),
             rendered: document.querySelectorAll('.entry').length, months: groups.length,
             scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
             readyMs: Math.round(readyMs), usableMs: Math.round(usableMs), state: state, entries: [], marks: [],
             facets: FACETS.map(function (f) { return {id: f.id, options: $(f.id).options.length}; })};
    Array.prototype.slice.call(document.querySelectorAll('.entry'), 0, 60).forEach(function (x) {
      var p = x.querySelector('.when .precision');
      r.entries.push({id: x.id, direction: getComputedStyle(x).direction, textAlign: getComputedStyle(x).textAlign,
        box: content(x), label: box(p), labelChars: chars(p), sources: x.querySelectorAll('.sources li').length,
        quotes: x.querySelectorAll('blockquote').length, when: x.querySelector('.when').textContent});
    });
    document.querySelectorAll('#axis .bar, #axis .span').forEach(function (m) {
      var b = m.getBoundingClientRect();
      r.marks.push({start: Number(m.dataset.start), center: (b.left + b.right) / 2, kind: m.className});
    });
    $('layout-report').textContent = JSON.stringify(r);
  }

  // controls
  var readyMs = 0;
  var usableMs = 0;
  var hash = location.hash.replace(/^#/, '');
  if (hash.indexOf('=') > 0) {
    hash.split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      var k = kv.substring(0, i);
      if (k in state) { state[k] = decodeURIComponent(kv.substring(i + 1)); }
    });
  }
  var q = $('q');
  q.value = state.q;
  var timer = null;
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = q.value; apply(); }, 150);
  });
  FACETS.forEach(function (f) {
    $(f.id).addEventListener('change', function (ev) { state[f.key] = ev.target.value; apply(); });
  });
  $('reset').addEventListener('click', function () {
    Object.keys(state).forEach(function (k) { state[k] = ''; });
    q.value = '';
    apply();
  });
  // jumping to a month that is not built yet builds it
  window.addEventListener('hashchange', function () {
    var id = location.hash.substring(1);
    var t = document.getElementById(id);
    if (t && t.dataset && t.dataset.g !== undefined) { more(groups[Number(t.dataset.g)]); }
  });
  // printing prints every matching entry, not only those built so far
  window.addEventListener('beforeprint', function () {
    groups.forEach(function (g) { while (g.shown < g.items.length) { more(g); } });
  });
  window.addEventListener('resize', function () { axis(); });
  apply();
  readyMs = performance.now() - t0;
  // since the navigation started (performance's time origin): reading the file, parsing the page and its data,
  // and this script; the page is usable from here on (searched, filtered, scrolled)
  usableMs = performance.now();
  report();
})();
