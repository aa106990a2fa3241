// Basic accessibility of the page in the browser, after WCAG 2.2: returns the failures as strings, none when it passes.
// Checked: the page's language (3.1.1), a label for every form control (1.3.1, 4.1.2), a name for every button and
// link (2.4.4, 4.1.2), alt text on images (1.1.1), text contrast of at least 4.5:1, 3:1 for large text (1.4.3), no
// positive tabindex that scrambles keyboard order (2.4.3), and no horizontal scrolling at the window's width (1.4.10).
const failures = [];
const visible = el => {
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0;
};
const describe = el => {
  const id = el.id ? '#' + el.id : '';
  const name = el.getAttribute('name') ? '[name=' + el.getAttribute('name') + ']' : '';
  return el.tagName.toLowerCase() + id + name + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
};
const named = el => {
  if ((el.getAttribute('aria-label') || '').trim() || (el.getAttribute('title') || '').trim()) return true;
  const by = el.getAttribute('aria-labelledby');
  if (by && by.split(/\s+/).some(id => (document.getElementById(id)?.textContent || '').trim())) return true;
  if ((el.textContent || '').trim()) return true;
  if (el.tagName === 'INPUT' && (el.value || '').trim()) return true;
  return [...el.querySelectorAll('img[alt]')].some(i => i.alt.trim());
};

if (!(document.documentElement.getAttribute('lang') || '').trim()) failures.push('html has no lang');
if (!(document.title || '').trim()) failures.push('page has no title');

for (const el of document.querySelectorAll('input, select, textarea')) {
  const type = (el.getAttribute('type') || '').toLowerCase();
  if (type === 'hidden' || !visible(el)) continue;
  if (type === 'submit' || type === 'button' || type === 'reset') {
    if (!named(el)) failures.push('button without a name: ' + describe(el));
    continue;
  }
  const labelled = el.labels && [...el.labels].some(l => (l.textContent || '').trim());
  if (!labelled && !(el.getAttribute('aria-label') || '').trim() && !el.getAttribute('aria-labelledby')
      && !(el.getAttribute('title') || '').trim()) {
    failures.push('form control without a label: ' + describe(el));
  }
}
for (const el of document.querySelectorAll('button, a[href], [role=button]')) {
  if (visible(el) && !named(el)) failures.push('control without a name: ' + describe(el));
}
for (const el of document.querySelectorAll('img')) {
  if (!el.hasAttribute('alt')) failures.push('image without alt: ' + el.src);
}
for (const el of document.querySelectorAll('canvas')) {
  if (visible(el) && !(el.getAttribute('aria-label') || el.getAttribute('role') === 'img' && el.getAttribute('aria-labelledby')
      || (el.textContent || '').trim())) {
    failures.push('chart without a text alternative: ' + describe(el));
  }
}
for (const el of document.querySelectorAll('[tabindex]')) {
  if (parseInt(el.getAttribute('tabindex'), 10) > 0) failures.push('positive tabindex: ' + describe(el));
}

// Contrast: each visible element with text of its own against the first opaque background behind it.
const rgba = c => {
  const m = c.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
};
const luminance = c => {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
};
const background = el => {
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c && c.a >= 0.99) return c;
    if (getComputedStyle(e).backgroundImage !== 'none') return null; // a gradient or image: not judged here
  }
  return { r: 255, g: 255, b: 255, a: 1 };
};
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !visible(el) || el.closest('[aria-hidden=true]')) continue;
  const s = getComputedStyle(el);
  const fg = rgba(s.color);
  const bg = background(el);
  if (!fg || !bg || parseFloat(s.opacity) < 1) continue;
  const blended = { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a) };
  const [l1, l2] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
  const ratio = (l1 + 0.05) / (l2 + 0.05);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
  if (ratio < (large ? 3 : 4.5)) {
    failures.push('contrast ' + ratio.toFixed(2) + ':1 for ' + describe(el) + ' (' + s.color + ' on rgb(' + bg.r + ',' + bg.g + ',' + bg.b + '))');
  }
}

if (document.documentElement.scrollWidth > window.innerWidth + 1) {
  failures.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
}
return failures;
