/* Almanac search: answers the search page's form from the static index in search/ (no dependencies).
 * Terms are made as SearchTokens.swift makes them: folded (lower case, NFKD, marks dropped); Han and kana runs
 * as bigrams (one character alone as itself); other letters and digits as words matched by prefix. Each term's
 * shard is the FNV-1a hash of its key (the bigram, the character, or a word's first two characters). */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !String.prototype.normalize) return;
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var data = form.dataset;
  var shardCount = Number(data.shards);
  var chunkSize = Number(data.chunkSize);
  var kinds = data.kinds.split('|');
  var LIMIT = 30;
  var SHORTEST_WORD = 2;
  var IDEOGRAPHIC = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3134F}]/u;
  var WORD = /[\p{L}\p{N}]/u;
  var files = {};
  var latest = 0;

  function fold(text) {
    return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  }

  function queryTerms(query) {
    var terms = [];
    var run = [];
    var ideographic = false;
    function flush() {
      if (ideographic && run.length === 1) terms.push({ text: run[0], word: false });
      else if (ideographic) for (var i = 0; i + 1 < run.length; i++) terms.push({ text: run[i] + run[i + 1], word: false });
      else if (run.length >= SHORTEST_WORD) terms.push({ text: run.join(''), word: true });
      run = [];
    }
    for (var ch of fold(query)) {
      var isIdeo = IDEOGRAPHIC.test(ch);
      if (!isIdeo && !WORD.test(ch)) { flush(); continue; }
      if (run.length && isIdeo !== ideographic) flush();
      ideographic = isIdeo;
      run.push(ch);
    }
    flush();
    var seen = {};
    return terms.filter(function (term) { return seen[term.text] ? false : (seen[term.text] = true); });
  }

  function shardOf(term) {
    var key = term.word ? Array.from(term.text).slice(0, SHORTEST_WORD).join('') : term.text;
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return hash % shardCount;
  }

  function load(file) {
    if (!files[file]) {
      files[file] = fetch(data.index + file).then(function (response) {
        if (!response.ok) throw new Error(file + ': ' + response.status);
        return response.json();
      });
      files[file].catch(function () { delete files[file]; });
    }
    return files[file];
  }

  /** Entry number → whether every term so far is in its title; entries must match every term. */
  function match(terms, shards) {
    var found = null;
    terms.forEach(function (term, index) {
      var shard = shards[index];
      var keys = Object.keys(shard).filter(function (key) {
        return term.word ? key.indexOf(term.text) === 0 : key === term.text;
      });
      var matches = new Map();
      keys.forEach(function (key) {
        var entry = 0;
        shard[key].forEach(function (value) {
          entry += value >> 1;
          matches.set(entry, (matches.get(entry) || false) || (value & 1) === 1);
        });
      });
      if (found === null) { found = matches; return; }
      var both = new Map();
      found.forEach(function (inTitle, entry) {
        if (matches.has(entry)) both.set(entry, inTitle && matches.get(entry));
      });
      found = both;
    });
    var ranked = Array.from(found || new Map());
    ranked.sort(function (a, b) { return (a[1] ? 0 : 1) - (b[1] ? 0 : 1) || a[0] - b[0]; });
    return ranked.map(function (pair) { return pair[0]; });
  }

  function say(template, count, query) {
    return template.replace('{count}', String(count)).replace('{query}', query);
  }

  function show(entries, total, query) {
    list.textContent = '';
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry[2];
      link.textContent = entry[1];
      if (entry[4]) link.lang = entry[4];
      item.appendChild(link);
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = kinds[entry[0]] || '';
      item.appendChild(kind);
      if (entry[3]) {
        var excerpt = document.createElement('p');
        excerpt.textContent = entry[3];
        item.appendChild(excerpt);
      }
      list.appendChild(item);
    });
    list.hidden = entries.length === 0;
    var text = total === 0 ? say(data.none, 0, query) : say(total === 1 ? data.resultOne : data.results, total, query);
    if (total > entries.length) text += ' ' + say(data.shown, entries.length, query);
    status.textContent = text;
  }

  function search(query) {
    var ticket = ++latest;
    var terms = queryTerms(query);
    if (!query.trim()) { list.textContent = ''; list.hidden = true; status.textContent = ''; return; }
    Promise.all(terms.map(function (term) { return load('t' + shardOf(term) + '.json'); }))
      .then(function (shards) {
        var ranked = terms.length ? match(terms, shards) : [];
        var shown = ranked.slice(0, LIMIT);
        var chunks = Array.from(new Set(shown.map(function (entry) { return Math.floor(entry / chunkSize); })));
        return Promise.all(chunks.map(function (chunk) { return load('e' + chunk + '.json'); })).then(function (loaded) {
          var byChunk = {};
          chunks.forEach(function (chunk, index) { byChunk[chunk] = loaded[index]; });
          var entries = shown.map(function (entry) { return byChunk[Math.floor(entry / chunkSize)][entry % chunkSize]; })
            .filter(Boolean);
          if (ticket === latest) show(entries, ranked.length, query.trim());
        });
      })
      .catch(function () { if (ticket === latest) status.textContent = data.failed; });
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }

  var timer = 0;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { search(input.value); remember(input.value); }, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    search(input.value);
    remember(input.value);
  });
  // Arrow keys move between the box and the result links; Tab and Enter work as on any list of links.
  form.parentNode.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    var links = Array.from(list.querySelectorAll('a'));
    var at = event.target === input ? -1 : links.indexOf(event.target);
    if (at === -1 && event.target !== input) return;
    var next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else if (next < links.length) links[next].focus();
  });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
