// Shapes that cross from the WebAssembly core (src/report.rs, extended
// report, UTF-16 offsets). Documentation only: nothing here runs.

/**
 * @typedef {Object} LineReport
 * @property {number} line   1-based line number
 * @property {'title'|'subheading'|'body'|'boilerplate'} role
 * @property {string} why    why the line has that role
 * @property {number} start  UTF-16 offset of the line in the text
 * @property {number} end
 */

/**
 * @typedef {Object} EntityReport
 * @property {number} start  UTF-16 offset in the text
 * @property {number} end
 * @property {string} text
 * @property {'PERSON'|'ORG'|'GPE'|'LOC'|'NORP'} type
 * @property {string} canonical
 * @property {string|null} country  ISO 3166-1 alpha-2
 * @property {string} why    which table or rule recognised it
 * @property {number} line
 */

/**
 * @typedef {Object} EchoReport
 * @property {number} line
 * @property {string} other        id of the other article
 * @property {number} other_line
 * @property {'exact'|'near'} kind
 * @property {number} similarity
 */

/**
 * @typedef {Object} DocReport
 * @property {string} id
 * @property {string|null} title
 * @property {LineReport[]} lines
 * @property {EntityReport[]} entities
 * @property {string[]} countries
 * @property {EchoReport[]} echoes
 * @property {string} text   the text that lines and offsets refer to (a page's rendered text)
 * @property {Meta} [meta]   what the page (or the crawler's record) says about itself
 */

/**
 * @typedef {Object} Meta  each field where the page states it
 * @property {string} [title]
 * @property {string} [date]    as the page writes it (ISO 8601 where it gives that)
 * @property {string} [author]
 * @property {string} [site]
 * @property {string} [url]     canonical address; linked only if http(s)
 * @property {string} [lang]
 */

/**
 * @typedef {Object} ArticleInput  an article as the analyser takes it
 * @property {string} id
 * @property {string} [text]   plain text, one block per line
 * @property {string} [html]   a page's HTML (wins over text)
 * @property {string} [title]  a crawler record's headline, address and date
 * @property {string} [url]
 * @property {string} [date]
 */

/**
 * @typedef {Object} DecodedPage  a page's bytes as decodeHtml gives them back
 * @property {string} charset  the encoding the core found (a WHATWG label: utf-8, windows-1251...)
 * @property {string} html     the page, decoded by the browser's TextDecoder
 */

/**
 * @typedef {Object} Country
 * @property {string} code
 * @property {string} alpha3
 * @property {string} name
 */

export {};
