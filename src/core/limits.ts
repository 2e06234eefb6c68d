/** Briefings longer than this many characters are analysed only on request (briefingLens.maxDocumentSize's
 * default): the editor and the workspace index share it. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 5_000_000;
