export { classifyName, getVocabularyTerms, isMetadataName, type AliasTable, type Classification, type ClassifyContext } from './classify-name.js';
export { classifyAttachedFile, classifyFreeText, isConfiguredThing, isFreeTextByWord, isContentWord, isFreeTextName, type Origin } from './content.js';
export { classifySearchText } from './search-text.js';
export { isNonPersonalType } from './non-personal-type.js';
export { getHeadToken, isPersonObjectName, isPossessedNoun, isPossessionOfThing, isThingIdentifierName, isThingOwner } from './person-objects.js';
export { getTokens, tokenize } from './tokenize.js';
export { classifyMessageAddressee, isMessageBody } from './message-types.js';
