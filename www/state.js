// The view state that lives in the URL, so that a link shows what its
// sender saw and the back button steps through the reader's choices.
//
//   #article=<id>&view=clean|removed|raw&flip=<id>:<n>.<n>;<id>:<n>&hide=PERSON.ORG&ent=ORG:Huawei
//   &c=NL.GB&x=US&mode=any|all&scope=article|paragraph&sort=newest|oldest

export const VIEWS = ['clean', 'removed', 'raw'];
/** The list's orders: as loaded, or by the page's date. */
export const SORTS = ['loaded', 'newest', 'oldest'];

/**
 * @typedef {Object} ViewState
 * @property {string|null} article      selected article id
 * @property {'clean'|'removed'|'raw'} view
 * @property {Map<string, Set<number>>} flips  lines whose keep/remove the reader reversed, per article
 * @property {Set<string>} hidden       entity types not highlighted
 * @property {string|null} entity       focused entity, "TYPE:canonical"
 * @property {Set<string>} include      countries chosen
 * @property {Set<string>} exclude      countries ruled out
 * @property {'any'|'all'} mode
 * @property {'article'|'paragraph'} scope
 * @property {'loaded'|'newest'|'oldest'} sort   the list's order
 */

/** @returns {ViewState} */
export function parseState(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  const flips = new Map();
  for (const part of (params.get('flip') ?? '').split(';')) {
    const at = part.lastIndexOf(':');
    if (at <= 0) continue;
    const lines = part
      .slice(at + 1)
      .split('.')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
    if (lines.length) flips.set(part.slice(0, at), new Set(lines));
  }
  return {
    article: params.get('article'),
    view: VIEWS.includes(view ?? '') ? /** @type {any} */ (view) : 'clean',
    flips,
    hidden: new Set((params.get('hide') ?? '').split('.').filter(Boolean)),
    entity: params.get('ent'),
    include: codes(params.get('c')),
    exclude: codes(params.get('x')),
    mode: params.get('mode') === 'all' ? 'all' : 'any',
    scope: params.get('scope') === 'paragraph' ? 'paragraph' : 'article',
    sort: SORTS.includes(params.get('sort') ?? '') ? /** @type {any} */ (params.get('sort')) : 'loaded',
  };
}

function codes(value) {
  return new Set((value ?? '').split('.').filter((c) => /^[A-Z]{2}$/.test(c)));
}

/** @param {ViewState} state */
export function formatState(state) {
  const params = new URLSearchParams();
  if (state.article) params.set('article', state.article);
  if (state.view !== 'clean') params.set('view', state.view);
  const flips = [...state.flips]
    .filter(([, lines]) => lines.size)
    .map(([id, lines]) => `${id}:${[...lines].sort((a, b) => a - b).join('.')}`);
  if (flips.length) params.set('flip', flips.join(';'));
  if (state.hidden.size) params.set('hide', [...state.hidden].sort().join('.'));
  if (state.entity) params.set('ent', state.entity);
  if (state.include.size) params.set('c', [...state.include].sort().join('.'));
  if (state.exclude.size) params.set('x', [...state.exclude].sort().join('.'));
  if (state.mode !== 'any') params.set('mode', state.mode);
  if (state.scope !== 'article') params.set('scope', state.scope);
  if (state.sort && state.sort !== 'loaded') params.set('sort', state.sort);
  return `#${params.toString().replaceAll('%3A', ':').replaceAll('%3B', ';')}`;
}
