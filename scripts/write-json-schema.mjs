// Writes the JSON Schema of `Page` to dist/schema.json (exported as
// `newsfacts/schema.json`), from the built package so that it is exactly the
// schema the published code validates with.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { PageSchema } from "../dist/index.js";

const schema = z.toJSONSchema(PageSchema, { target: "draft-2020-12", unrepresentable: "any" });
writeFileSync(new URL("../dist/schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
