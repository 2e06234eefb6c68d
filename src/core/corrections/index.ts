// The reader's corrections: a dictionary of names read from a workspace file or a setting, applied
// after the engine's analysis, and edited by the quick fixes.
export { applyDictionary, isEmptyDictionary } from './apply';
export { type Dictionary, type DictionaryEntity, type DictionaryProblem, emptyDictionary, mergeDictionaries, normalizeName } from './dictionary';
export { addAlias, addEntity, addNotEntity, addToWatchlist, DictionaryEditError, NEW_DICTIONARY, removeFromWatchlist } from './edits';
export { parseDictionary, type ParsedDictionary } from './parse';
