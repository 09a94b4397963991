import { expect, test } from "vitest";
import { migrationReport } from "../../examples/migration/migrate.js";

test("PLN-1..PLN-3: the guide's migration of acme-corp, its stages, diffs and rollbacks, word for word", async () => {
  await expect(migrationReport()).toMatchFileSnapshot("../golden/__golden__/plan-migration.txt");
});
