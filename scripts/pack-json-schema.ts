/**
 * The JSON Schema of data packs, generated from the zod schema that Bevan
 * itself validates packs with (utils/packs/pack-format.ts), so that the two
 * cannot drift apart. Groups that build packs with their own tools can check
 * them against it; Bevan still checks more than it can say (real calendar
 * dates, MPs and bills that exist, nothing in the future).
 */
import { z } from '../utils/data/zod';
import { HttpsUrl, IsoDate } from '../utils/data/schema';
import { DataPack, MAX_PACK_BYTES, PACK_FORMAT_VERSION } from '../utils/packs/pack-format';

export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DataPack, {
    // The schema describes files given to Bevan: fields with defaults may be left out.
    io: 'input',
    override({ zodSchema, jsonSchema }) {
      // Refinements are code, not JSON Schema: say in the schema's own words what they check.
      if (zodSchema === HttpsUrl) {
        jsonSchema.format = 'uri';
        jsonSchema.pattern = '^[Hh][Tt][Tt][Pp][Ss]://';
        jsonSchema.description = 'An https:// address; no other kind of link is accepted.';
      }
      if (zodSchema === IsoDate) jsonSchema.format = 'date';
    },
  });
  return {
    $schema: schema.$schema,
    title: `Bevan data pack, format version ${PACK_FORMAT_VERSION}`,
    description:
      'Bills, stances and dispute events shared by a campaign group, for the Bevan browser extension. ' +
      'Records carry no "origin": Bevan stores them as the pack\'s own (pack:<id>). ' +
      `At most ${MAX_PACK_BYTES / (1024 * 1024)} MB; every MP id must be one Bevan knows, ` +
      "every bill a stance is about must be in Bevan's data or in the pack, and no date may be in the future.",
    ...schema,
  };
}
