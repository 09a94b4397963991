// The main entry validates orgs the library did not produce before answering them (IN-3, fail closed):
// a caller who skipped parseOrg gets parseOrg's answer or its error, never a grant from a typo.
import { validateUnparsedOrgsWith } from "./engine/compile.js";
import { parseOrg } from "./parse/parseOrg.js";

validateUnparsedOrgsWith(parseOrg);
