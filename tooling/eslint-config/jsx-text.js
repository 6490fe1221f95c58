// No user-visible text in JSX outside the catalogues: words in JSX text, in the attributes
// people read (title, aria-label, alt, placeholder, label) or in a string written straight into
// JSX (`{'Draft'}`, `{done ? 'Saved' : 'Unsaved'}`, `{`${n} rows`}`) must go through Lingui
// (<Trans>, t`...`, msg`...`). Text inside <Trans> is the catalogue's, so it passes. Numbers and
// dates go through useFormat(): no Intl formatter with a hard-coded locale, no toLocaleString().
const words = '/\\p{L}{2,}/u';
const notInTrans = ":not(JSXElement[openingElement.name.name='Trans'] *)";
const readAttributes = '/^(title|alt|placeholder|label|aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext)$|[a-z](Label|Title|Text|Message)$/';

const inJsx = ':matches(JSXElement, JSXFragment) > JSXExpressionContainer';
const inJsxValue = `:matches(${inJsx}, ${inJsx} > ConditionalExpression, ${inJsx} > LogicalExpression)`;
const literalText = 'User-visible text must be translatable: use t`...` (or <Trans>) instead of a string in JSX, see README "Writing translatable UI".';

export const jsxText = {
  'no-restricted-syntax': [
    'error',
    {
      selector: `${inJsxValue} > Literal[value=${words}]${notInTrans}`,
      message: literalText,
    },
    {
      selector: `${inJsxValue} > TemplateLiteral > TemplateElement[value.raw=${words}]${notInTrans}`,
      message: literalText,
    },
    {
      selector: "NewExpression[callee.object.name='Intl'][arguments.0.type='Literal']",
      message: 'Format numbers and dates with useFormat() (createFormat(locale) outside React), not an Intl formatter with a fixed locale.',
    },
    {
      selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
      message: 'Format numbers and dates with useFormat() (createFormat(locale) outside React), not toLocaleString().',
    },
    {
      selector: `JSXText[value=${words}]${notInTrans}`,
      message: 'User-visible text must be translatable: wrap it in <Trans> (or use t`...`), see README "Writing translatable UI".',
    },
    {
      selector: `JSXAttribute[name.name=${readAttributes}] > Literal[value=${words}]`,
      message: 'User-visible attribute text must be translatable: use t`...` from useLingui().',
    },
    {
      selector: `JSXAttribute[name.name=${readAttributes}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${words}]`,
      message: 'User-visible attribute text must be translatable: use t`...` from useLingui().',
    },
  ],
};
