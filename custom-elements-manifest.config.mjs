// Configuration of the custom-elements manifest (`npm run manifest`, custom-elements.json): the
// attributes of <consent-banner> come from the option table (src/core/options.ts, with the
// descriptions of src/schema/options-docs.ts), not from `@attr` lines that would repeat it.
import { optionDocs } from './scripts/option-table.mjs';

const { manifestAttributes } = await optionDocs();

/** Adds every option as an attribute of <consent-banner>, after any `@attr` of its own. */
const bannerAttributes = {
  name: 'consentry-option-table',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const d of mod.declarations ?? [])
        if (d.tagName === 'consent-banner') {
          const own = d.attributes ?? [];
          d.attributes = [...own, ...manifestAttributes().filter((a) => !own.some((o) => o.name === a.name))];
        }
  },
};

export default { plugins: [bannerAttributes] };
