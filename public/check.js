/*! scam-coach "check a number or link" form for the demo help page. Independent of the chat widget.
 * Enhances every <form data-scam-coach-check> on the page: POST {"text","lang"} as JSON to the form's action
 * (default /api/check) and render the verdict, the reasons and the advice — always as text, never as HTML.
 */
(() => {
  const VERDICTS = {
    official: { zh: '官方', en: 'Official' },
    unknown: { zh: '无法确认', en: 'Unknown' },
    suspicious: { zh: '可疑', en: 'Suspicious' },
    dangerous: { zh: '危险', en: 'Dangerous' },
  };
  const KINDS = { phone: { zh: '号码', en: 'Number' }, url: { zh: '链接', en: 'Link' } };
  const STRINGS = {
    zh: {
      checking: '正在检查…',
      verdict: '结论：',
      phrases: '可疑说法：',
      empty: '请输入号码、链接或短信内容。',
      failed: '暂时无法检查，请稍后再试。',
    },
    en: {
      checking: 'Checking…',
      verdict: 'Verdict: ',
      phrases: 'Suspicious wording: ',
      empty: 'Enter a number, a link or a message.',
      failed: 'The check is unavailable right now. Please try again later.',
    },
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function label(table, key, lang) {
    const entry = table[key];
    if (!entry) return String(key);
    // Both languages: the page is Chinese first with English alongside.
    return lang === 'en' ? entry.en : `${entry.zh} ${entry.en}`;
  }

  function render(result, data, lang) {
    const t = STRINGS[lang];
    const verdict = typeof data.verdict === 'string' ? data.verdict : 'unknown';
    const box = el('div', `check-verdict check-verdict--${verdict in VERDICTS ? verdict : 'unknown'}`);
    box.setAttribute('data-verdict', verdict);
    box.appendChild(el('p', 'check-verdict-title', t.verdict + label(VERDICTS, verdict, lang)));

    const items = Array.isArray(data.items) ? data.items : [];
    if (items.length) {
      const list = el('ul', 'check-items');
      for (const item of items) {
        const li = el('li', 'check-item');
        li.appendChild(
          el(
            'p',
            'check-item-title',
            `${label(KINDS, item.kind, lang)} ${item.raw ?? ''} → ${label(VERDICTS, item.verdict, lang)}`,
          ),
        );
        const reasons = Array.isArray(item.reasons) ? item.reasons : [];
        if (reasons.length) {
          const ul = el('ul', 'check-reasons');
          for (const reason of reasons) {
            const r = el('li', `check-reason check-reason--${reason.severity || 'info'}`, reason.message);
            r.setAttribute('data-code', String(reason.code || ''));
            ul.appendChild(r);
          }
          li.appendChild(ul);
        }
        list.appendChild(li);
      }
      box.appendChild(list);
    }

    const phrases = Array.isArray(data.phrases) ? data.phrases.map((p) => p?.text).filter(Boolean) : [];
    if (phrases.length)
      box.appendChild(el('p', 'check-phrases', t.phrases + phrases.join(lang === 'zh' ? '、' : ', ')));
    if (data.advice) box.appendChild(el('p', 'check-advice', data.advice));
    result.replaceChildren(box);
  }

  function enhance(form) {
    const field = form.querySelector('[name="text"], textarea, input[type="text"]');
    const result = form.querySelector('[data-scam-coach-check-result]') || form.nextElementSibling;
    const button = form.querySelector('button[type="submit"], button:not([type])');
    const lang = (form.closest('[lang]')?.getAttribute('lang') || 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh';
    const t = STRINGS[lang];
    const endpoint = form.getAttribute('action') || '/api/check';

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = (field?.value || '').trim();
      if (!text) {
        result.replaceChildren(el('p', 'check-error', t.empty));
        field?.focus();
        return;
      }
      result.replaceChildren(el('p', 'check-pending', t.checking));
      result.setAttribute('aria-busy', 'true');
      if (button) button.disabled = true;
      try {
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          // The page's language: without it the server guesses from the text, and a bare link reads as English.
          body: JSON.stringify({ text, lang }),
        });
        const data = await res.json().catch(() => null);
        if (!res.ok || !data || typeof data !== 'object') {
          result.replaceChildren(
            el('p', 'check-error', (typeof data?.message === 'string' && data.message) || t.failed),
          );
        } else {
          render(result, data, lang);
        }
      } catch (_) {
        result.replaceChildren(el('p', 'check-error', t.failed));
      } finally {
        result.removeAttribute('aria-busy');
        if (button) button.disabled = false;
      }
    });
  }

  function init() {
    for (const form of document.querySelectorAll('form[data-scam-coach-check]')) enhance(form);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
