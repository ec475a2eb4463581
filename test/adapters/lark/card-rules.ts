/**
 * The card JSON 2.0 rules for the parts of a card the bot builds (open.feishu.cn → 飞书卡片 →
 * 卡片 JSON 2.0 结构, and the 2.0 pages of the div, markdown, hr, button, column_set components).
 * Every object may hold only the properties listed for it: anything else — a 1.0 property such
 * as a button's `value`, a root `elements`, or a typo — is an error, as Feishu rejects or
 * ignores it. Returns the errors found, each with its JSON path; none means the card is valid.
 */

type Check = (value: unknown, path: string, errors: string[]) => void;

const TEXT_TAGS = ['plain_text', 'lark_md'];
const TEMPLATES = ['blue', 'wathet', 'turquoise', 'green', 'yellow', 'orange', 'red', 'carmine', 'violet', 'purple', 'indigo', 'grey', 'default'];
const BUTTON_TYPES = ['default', 'primary', 'danger', 'text', 'primary_text', 'danger_text', 'primary_filled', 'danger_filled', 'laser'];
const BUTTON_SIZES = ['tiny', 'small', 'medium', 'large'];
const SPACING = /^(small|medium|large|extra_large|\d{1,2}px)$/;
const MAX_CARD_BYTES = 30 * 1024;
const MAX_COMPONENTS = 200;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, path, errors) => {
  if (typeof v !== 'string') errors.push(`${path}: must be a string`);
};
const nonEmpty: Check = (v, path, errors) => {
  if (typeof v !== 'string' || v.trim() === '') errors.push(`${path}: must be a non-empty string`);
};
const bool: Check = (v, path, errors) => {
  if (typeof v !== 'boolean') errors.push(`${path}: must be a boolean`);
};
const anyObject: Check = (v, path, errors) => {
  if (!isObject(v)) errors.push(`${path}: must be an object`);
};
const oneOf =
  (...allowed: unknown[]): Check =>
  (v, path, errors) => {
    if (!allowed.includes(v)) errors.push(`${path}: must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  };
const matches =
  (pattern: RegExp, what: string): Check =>
  (v, path, errors) => {
    if (typeof v !== 'string' || !pattern.test(v)) errors.push(`${path}: must be ${what}`);
  };
const arrayOf =
  (item: Check, options: { min?: number } = {}): Check =>
  (v, path, errors) => {
    if (!Array.isArray(v)) {
      errors.push(`${path}: must be an array`);
      return;
    }
    if (options.min !== undefined && v.length < options.min) errors.push(`${path}: must hold at least ${options.min}`);
    for (const [i, x] of v.entries()) item(x, `${path}[${i}]`, errors);
  };

/** An object with exactly these properties allowed, some required. */
function object(props: Record<string, Check>, required: string[] = []): Check {
  return (v, path, errors) => {
    if (!isObject(v)) {
      errors.push(`${path}: must be an object`);
      return;
    }
    for (const key of Object.keys(v)) {
      const check = props[key];
      if (!check) errors.push(`${path}.${key}: unknown property`);
      else check(v[key], `${path}.${key}`, errors);
    }
    for (const key of required) if (!(key in v)) errors.push(`${path}.${key}: required`);
  };
}

const elementId = matches(/^[A-Za-z][A-Za-z0-9_]{0,19}$/, 'an element_id: a letter, then letters, digits or _, at most 20');
const margin = matches(/^-?\d{1,2}px( -?\d{1,2}px){0,3}$|^0$/, 'a margin such as "0px 0px 8px 0px"');

const text = object(
  {
    tag: oneOf(...TEXT_TAGS),
    content: str,
    i18n_content: anyObject,
    text_size: str,
    text_color: str,
    text_align: oneOf('left', 'center', 'right'),
    lines: (v, path, errors) => {
      if (!Number.isInteger(v) || (v as number) < 1) errors.push(`${path}: must be a positive integer`);
    },
  },
  ['tag'],
);
const plainTextOnly: Check = (v, path, errors) => {
  text(v, path, errors);
  if (isObject(v) && v.tag !== 'plain_text') errors.push(`${path}.tag: a button's text is plain_text`);
};

const behavior: Check = (v, path, errors) => {
  if (!isObject(v)) {
    errors.push(`${path}: must be an object`);
    return;
  }
  if (v.type === 'callback') object({ type: str, value: anyObject }, ['type', 'value'])(v, path, errors);
  else if (v.type === 'open_url')
    object({ type: str, default_url: str, android_url: str, ios_url: str, pc_url: str }, ['type', 'default_url'])(v, path, errors);
  else if (v.type === 'form_action') object({ type: str, behavior: oneOf('submit', 'reset') }, ['type'])(v, path, errors);
  else errors.push(`${path}.type: must be callback, open_url or form_action`);
};

const confirm = object({ title: text, text }, ['title', 'text']);

const elements: Record<string, Check> = {};
const element: Check = (v, path, errors) => {
  if (!isObject(v) || typeof v.tag !== 'string') {
    errors.push(`${path}: must be a component with a tag`);
    return;
  }
  if (v.tag === 'action') {
    errors.push(`${path}.tag: the "action" module is not supported by card JSON 2.0: put buttons in elements or a column_set`);
    return;
  }
  const check = elements[v.tag];
  if (!check) errors.push(`${path}.tag: "${v.tag}" is not a component this validator knows for JSON 2.0`);
  else check(v, path, errors);
};

elements.div = object({ tag: str, element_id: elementId, margin, width: str, text, icon: anyObject }, ['tag', 'text']);
elements.markdown = object(
  {
    tag: str,
    element_id: elementId,
    margin,
    text_align: oneOf('left', 'center', 'right'),
    text_size: str,
    icon: anyObject,
    content: str,
    i18n_content: anyObject,
  },
  ['tag', 'content'],
);
elements.hr = object({ tag: str, element_id: elementId, margin }, ['tag']);
elements.button = object(
  {
    tag: str,
    element_id: elementId,
    margin,
    type: oneOf(...BUTTON_TYPES),
    size: oneOf(...BUTTON_SIZES),
    width: matches(/^(default|fill|\d+px)$/, 'default, fill or a width in px'),
    text: plainTextOnly,
    icon: anyObject,
    hover_tips: text,
    disabled: bool,
    disabled_tips: text,
    confirm,
    behaviors: arrayOf(behavior, { min: 1 }),
    form_action_type: oneOf('submit', 'reset'),
    name: str,
  },
  ['tag', 'text', 'behaviors'],
);
const column = object(
  {
    tag: oneOf('column'),
    element_id: elementId,
    background_style: str,
    width: matches(/^(auto|weighted|\d+px)$/, 'auto, weighted or a width in px'),
    weight: oneOf(1, 2, 3, 4, 5),
    vertical_align: oneOf('top', 'center', 'bottom'),
    vertical_spacing: matches(SPACING, 'a spacing'),
    horizontal_align: oneOf('left', 'center', 'right'),
    horizontal_spacing: matches(SPACING, 'a spacing'),
    direction: oneOf('vertical', 'horizontal'),
    padding: str,
    margin,
    elements: arrayOf(element),
    action: anyObject,
  },
  ['tag', 'elements'],
);
elements.column_set = object(
  {
    tag: str,
    element_id: elementId,
    margin,
    horizontal_spacing: matches(SPACING, 'a spacing'),
    horizontal_align: oneOf('left', 'center', 'right'),
    flex_mode: oneOf('none', 'stretch', 'flow', 'bisect', 'trisect'),
    background_style: str,
    columns: arrayOf(column, { min: 1 }),
    action: anyObject,
  },
  ['tag', 'columns'],
);

const card = object(
  {
    schema: oneOf('2.0'),
    config: object({
      streaming_mode: bool,
      streaming_config: anyObject,
      summary: object({ content: nonEmpty, i18n_content: anyObject }, ['content']),
      locales: arrayOf(str),
      enable_forward: bool,
      update_multi: oneOf(true),
      width_mode: oneOf('default', 'compact', 'fill'),
      use_custom_translation: bool,
      enable_forward_interaction: bool,
      style: anyObject,
    }),
    card_link: anyObject,
    header: object(
      {
        title: text,
        subtitle: text,
        text_tag_list: arrayOf(anyObject),
        i18n_text_tag_list: anyObject,
        template: oneOf(...TEMPLATES),
        icon: anyObject,
        padding: str,
      },
      ['title'],
    ),
    body: object(
      {
        direction: oneOf('vertical', 'horizontal'),
        padding: str,
        horizontal_spacing: matches(SPACING, 'a spacing'),
        horizontal_align: oneOf('left', 'center', 'right'),
        vertical_spacing: matches(SPACING, 'a spacing'),
        vertical_align: oneOf('top', 'center', 'bottom'),
        elements: arrayOf(element, { min: 1 }),
      },
      ['elements'],
    ),
  },
  ['schema', 'body'],
);

function countComponents(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countComponents(x), 0);
  if (!isObject(v)) return 0;
  const own = typeof v.tag === 'string' && !TEXT_TAGS.includes(v.tag) ? 1 : 0;
  return own + Object.values(v).reduce((n: number, x) => n + countComponents(x), 0);
}

function collectElementIds(v: unknown, ids: string[]): string[] {
  if (Array.isArray(v)) for (const x of v) collectElementIds(x, ids);
  else if (isObject(v)) {
    if (typeof v.element_id === 'string') ids.push(v.element_id);
    for (const x of Object.values(v)) collectElementIds(x, ids);
  }
  return ids;
}

export function validateCard(value: unknown): string[] {
  const errors: string[] = [];
  card(value, '$', errors);
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? '');
  if (bytes > MAX_CARD_BYTES) errors.push(`$: ${bytes} bytes, more than the ${MAX_CARD_BYTES} a card may hold`);
  const components = countComponents(value);
  if (components > MAX_COMPONENTS) errors.push(`$: ${components} components, more than ${MAX_COMPONENTS}`);
  const ids = collectElementIds(value, []);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length) errors.push(`$: element_id used twice: ${[...new Set(repeated)].join(', ')}`);
  return errors;
}

/** The answer to card.action.trigger: a toast and/or the new card (`{type: 'raw', data}`). */
export function validateCallbackAnswer(value: unknown): string[] {
  const errors: string[] = [];
  object({
    toast: object({ type: oneOf('info', 'success', 'error', 'warning'), content: str, i18n: anyObject }, ['type']),
    card: object({ type: oneOf('raw', 'template'), data: anyObject }, ['type', 'data']),
  })(value, '$', errors);
  const data = isObject(value) && isObject(value.card) ? value.card.data : undefined;
  if (data !== undefined) errors.push(...validateCard(data).map((e) => e.replace(/^\$/, '$.card.data')));
  return errors;
}
