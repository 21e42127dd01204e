export { classifyName, getVocabularyTerms, isMetadataName, type AliasTable, type Classification, type ClassifyContext } from './classify-name.js';
export { classifyFreeText, isConfiguredThing, isFreeTextByWord, isContentWord, isFreeTextName, type Origin } from './content.js';
export { isNonPersonalType } from './non-personal-type.js';
export { getHeadToken, isPersonObjectName, isPossessedNoun, isPossessionOfThing, isThingIdentifierName, isThingOwner } from './person-objects.js';
export { tokenize } from './tokenize.js';
export { classifyMessageAddressee } from './message-types.js';
