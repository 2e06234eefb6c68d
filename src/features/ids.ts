// Identifiers shared with package.json's `contributes`. Pure, so a unit test can check the
// manifest against them and neither side drifts.

export const LANGUAGE_ID = 'briefing';
export const PLAIN_TEXT_ID = 'plaintext';
export const OUTPUT_CHANNEL = 'Briefing Lens';
export const VIEW_CONTAINER_ID = 'briefingLens';
export const ENTITIES_VIEW_ID = 'briefingLens.entities';

export const Command = {
  readAsBriefing: 'briefingLens.readAsBriefing',
  readAsPlainText: 'briefingLens.readAsPlainText',
  showAllMentions: 'briefingLens.showAllMentions',
  revealEntity: 'briefingLens.revealEntity',
  revealMention: 'briefingLens.revealMention',
  sortByName: 'briefingLens.sortByName',
  sortByFrequency: 'briefingLens.sortByFrequency',
  filterEntities: 'briefingLens.filterEntities',
  clearEntityFilter: 'briefingLens.clearEntityFilter',
  markAsPerson: 'briefingLens.markAsPerson',
  markAsOrganization: 'briefingLens.markAsOrganization',
  markAsPlace: 'briefingLens.markAsPlace',
  markNotEntity: 'briefingLens.markNotEntity',
  sameAs: 'briefingLens.sameAs',
  addToWatchlist: 'briefingLens.addToWatchlist',
  removeFromWatchlist: 'briefingLens.removeFromWatchlist',
  openDictionary: 'briefingLens.openDictionary',
  analyseAnyway: 'briefingLens.analyseAnyway',
} as const;
export type CommandId = (typeof Command)[keyof typeof Command];

/** Commands of the workspace index, registered by features/workspace with the index they act on. */
export const WorkspaceCommand = {
  showWorkspaceEntities: 'briefingLens.showWorkspaceEntities',
  showDocumentEntities: 'briefingLens.showDocumentEntities',
  rebuildWorkspaceIndex: 'briefingLens.rebuildWorkspaceIndex',
} as const;

/** Built by VS Code for every view: focuses it. */
export const FOCUS_ENTITIES_VIEW = `${ENTITIES_VIEW_ID}.focus`;

/** Context keys mirrored from view state, for `when` clauses in package.json. */
export const ContextKey = {
  sortOrder: 'briefingLens.entitiesView.sortOrder',
  filterActive: 'briefingLens.entitiesView.filterActive',
  /** 'document' (the active briefing) or 'workspace' (every indexed briefing). */
  viewMode: 'briefingLens.entitiesView.mode',
  /** 'off', 'indexing' or 'ready'; unset while the workspace index is not registered. */
  indexState: 'briefingLens.workspaceIndex.state',
} as const;

export const SETTINGS_SECTION = 'briefingLens';

/** Setting keys under `briefingLens.`, as package.json declares them. */
export const SETTING_KEYS = {
  detectPlainText: 'detectPlainText',
  semanticHighlighting: 'semanticHighlighting.enabled',
  hover: 'hover.enabled',
  outline: 'outline.enabled',
  navigation: 'navigation.enabled',
  statusBar: 'statusBar.enabled',
  sortOrder: 'entitiesView.sortOrder',
  analysisDelay: 'analysisDelay',
  maxDocumentSize: 'maxDocumentSize',
  dictionary: 'dictionary',
  include: 'include',
} as const;

export const SEMANTIC_TOKEN_TYPES = ['person', 'organization', 'place'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['firstMention', 'watched'] as const;

/** The workspace's corrections dictionary, relative to a workspace folder. */
export const DICTIONARY_PATH = '.briefing-lens/entities.json';
