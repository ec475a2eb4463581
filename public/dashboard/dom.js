// Building the page with DOM calls and textContent only: names and notes typed by members are
// never parsed as HTML, and nothing here needs an inline style or script (the CSP forbids both).

/** el('td', { className: 'num' }, '12') — properties are set as such; children are nodes or text. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function clear(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node;
}

/** A <select> of [value, label] pairs with `selected` chosen. */
export function options(select, pairs, selected) {
  clear(
    select,
    pairs.map(([value, label]) => el('option', { value, textContent: label, selected: value === selected })),
  );
}
