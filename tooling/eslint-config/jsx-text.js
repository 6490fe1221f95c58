// No user-visible text in JSX outside the catalogues: words in JSX text or in the attributes
// people read (title, aria-label, alt, placeholder, label) must go through Lingui
// (<Trans>, t`...`, msg`...`). Text inside <Trans> is the catalogue's, so it passes.
const words = '/\\p{L}{2,}/u';
const notInTrans = ":not(JSXElement[openingElement.name.name='Trans'] *)";
const readAttributes = '/^(title|alt|placeholder|label|aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext)$|[a-z](Label|Title|Text|Message)$/';

export const jsxText = {
  'no-restricted-syntax': [
    'error',
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
