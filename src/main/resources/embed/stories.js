/*
 * Tongpin stories widget. Add to a page:
 *   <script src="https://SERVICE/embed/v1/stories.js" data-topic="dang-jian" data-limit="5"
 *           data-key="CONTENT_KEY" data-locale="zh-Hans" async></script>
 * It renders the latest published stories where the tag stands, in a <tongpin-stories> element
 * with a shadow root, so the page's CSS cannot reach it: no rule for div (div:empty, "main div")
 * matches the host, and the host's own rules are !important, which inside a shadow root win over
 * anything the page says about the host, !important included. All inherited properties are reset
 * at the host, so nothing the page sets on body or main leaks in either.
 * No framework; text is only ever set as text, never as HTML.
 */
(function () {
  'use strict';

  var SCRIPT_PATH = '/embed/v1/stories.js';
  var HOST = 'tongpin-stories';
  var LABELS = {
    'zh-Hans': { heading: '最新报道', loading: '正在加载…', empty: '暂无报道', error: '报道暂时无法加载' },
    'zh-Hant': { heading: '最新報道', loading: '正在載入…', empty: '暫無報道', error: '報道暫時無法載入' }
  };
  var STYLE = [
    // all:initial drops whatever the page cascades onto the host or lets inherit (except direction,
    // set here too); !important makes these rules win over the page's, which otherwise come first.
    ':host{all:initial!important;display:block!important;contain:content!important;direction:ltr!important;',
    'font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif!important;font-size:16px!important;',
    'line-height:1.6!important;color:#1f2328!important;background:#fff!important;text-align:left!important;',
    'visibility:visible!important;opacity:1!important}',
    '*{box-sizing:border-box}',
    'section{margin:0;padding:0}',
    'h2{font-size:1.15em;margin:0 0 .5em;padding:0;font-weight:700;color:#1f2328}',
    'ul{list-style:none;margin:0;padding:0}',
    'li{margin:0 0 1em;padding:0 0 1em;border-bottom:1px solid #d8dee4}',
    'li:last-child{border-bottom:0;margin-bottom:0}',
    'article{display:flex;gap:.75em;align-items:flex-start}',
    'img{flex:0 0 auto;width:96px;height:72px;object-fit:cover;border-radius:4px;background:#eef1f4}',
    'h3{font-size:1em;margin:0;font-weight:600}',
    'a{color:#0b57d0;text-decoration:none}',
    'a:hover{text-decoration:underline}',
    'a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px;border-radius:2px}',
    'time{display:block;font-size:.85em;color:#57606a}',
    'p{margin:.25em 0 0;font-size:.9em;color:#3d444d}',
    '.status{color:#57606a;font-size:.9em}'
  ].join('');

  function findScript() {
    if (document.currentScript) {
      return document.currentScript;
    }
    var scripts = document.querySelectorAll('script[src]');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (scripts[i].src.indexOf(SCRIPT_PATH) !== -1 && !scripts[i].hasAttribute('data-tongpin-mounted')) {
        return scripts[i];
      }
    }
    return null;
  }

  function webUrl(value) {
    try {
      var url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function formatDate(iso, locale) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) {
      return '';
    }
    try {
      return date.toLocaleDateString(locale === 'zh-Hant' ? 'zh-TW' : 'zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
    } catch (e) {
      return iso.substring(0, 10);
    }
  }

  function story(item, locale, labels) {
    var li = el('li');
    var article = el('article');
    var href = webUrl(item.url);
    var cover = item.cover && webUrl(item.cover.url);
    if (cover) {
      var img = el('img');
      img.src = cover;
      img.alt = '';
      img.loading = 'lazy';
      img.decoding = 'async';
      if (item.cover.width && item.cover.height) {
        img.width = 96;
        img.height = 72;
      }
      article.appendChild(img);
    }
    var text = el('div');
    var heading = el('h3');
    if (href) {
      var a = el('a', item.title);
      a.href = href;
      a.setAttribute('rel', 'noopener');
      heading.appendChild(a);
    } else {
      heading.textContent = item.title || '';
    }
    text.appendChild(heading);
    if (item.publishedAt) {
      var time = el('time', formatDate(item.publishedAt, locale));
      time.setAttribute('datetime', item.publishedAt);
      text.appendChild(time);
    }
    if (item.summary) {
      text.appendChild(el('p', item.summary));
    }
    article.appendChild(text);
    li.appendChild(article);
    return li;
  }

  /**
   * A custom element: no partner rule for div matches it, and once defined it is :defined too (pages
   * hide :not(:defined) to avoid a flash of unstyled components). Written without class syntax, like
   * the rest of the script.
   */
  function defineHost() {
    if (!window.customElements || window.customElements.get(HOST)) {
      return;
    }
    function TongpinStories() {
      return Reflect.construct(HTMLElement, [], TongpinStories);
    }
    TongpinStories.prototype = Object.create(HTMLElement.prototype);
    TongpinStories.prototype.constructor = TongpinStories;
    Object.setPrototypeOf(TongpinStories, HTMLElement);
    window.customElements.define(HOST, TongpinStories);
  }

  function mount(script) {
    script.setAttribute('data-tongpin-mounted', '');
    var origin = new URL(script.src, document.baseURI).origin;
    var locale = script.getAttribute('data-locale') === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
    var labels = LABELS[locale];
    var limit = parseInt(script.getAttribute('data-limit') || '5', 10);
    limit = isNaN(limit) ? 5 : Math.max(1, Math.min(20, limit));

    defineHost();
    var host = document.createElement(HOST);
    script.parentNode.insertBefore(host, script.nextSibling);
    var root = host.attachShadow({ mode: 'open' });
    var style = el('style', STYLE);
    root.appendChild(style);
    var section = el('section');
    var headingId = 'tongpin-stories-heading';
    section.setAttribute('aria-labelledby', headingId);
    section.setAttribute('aria-busy', 'true');
    var h2 = el('h2', labels.heading);
    h2.id = headingId;
    section.appendChild(h2);
    var status = el('p', labels.loading);
    status.className = 'status';
    status.setAttribute('role', 'status');
    section.appendChild(status);
    root.appendChild(section);

    var query = new URLSearchParams();
    query.set('limit', String(limit));
    query.set('locale', locale);
    if (script.getAttribute('data-topic')) {
      query.set('topic', script.getAttribute('data-topic'));
    }
    if (script.getAttribute('data-key')) {
      query.set('key', script.getAttribute('data-key'));
    }
    fetch(origin + '/embed/v1/stories?' + query.toString(), { credentials: 'omit', mode: 'cors' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (body) {
        var items = (body && body.data) || [];
        if (items.length === 0) {
          status.textContent = labels.empty;
        } else {
          var list = el('ul');
          list.setAttribute('role', 'list');
          for (var i = 0; i < items.length; i++) {
            list.appendChild(story(items[i], locale, labels));
          }
          section.replaceChild(list, status);
        }
        section.setAttribute('aria-busy', 'false');
        host.setAttribute('data-state', 'ready');
      })
      .catch(function () {
        status.textContent = labels.error;
        section.setAttribute('aria-busy', 'false');
        host.setAttribute('data-state', 'error');
      });
  }

  var script = findScript();
  if (script && script.parentNode && 'attachShadow' in Element.prototype) {
    mount(script);
  }
})();
