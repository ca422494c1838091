/**
 * Facts about the site itself, in one place: where its repository is, and the addresses derived from it that
 * pages link to (the curator's guide and its section on corrections).
 */

/** The site's source repository, where data is corrected by issue or pull request. */
export const REPO_URL = 'https://github.com/federation-atlas/federation-atlas';

/** The curator's guide (data/README.md) on the repository's default branch. */
export const CURATOR_GUIDE_URL = `${REPO_URL}/blob/main/data/README.md`;

/** The guide's section "Corrections and opt-out": how a server's admins correct or remove their entry. */
export const CORRECTIONS_URL = `${CURATOR_GUIDE_URL}#corrections-and-opt-out`;

/** Where to open an issue (a correction or removal request, for those who do not write YAML). */
export const NEW_ISSUE_URL = `${REPO_URL}/issues/new`;
