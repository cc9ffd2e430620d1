export { GIFT_CLOZE_DEFAULT_STEM, parseGift, type GiftError, type GiftErrorCode, type GiftParsedQuestion, type GiftParseResult } from './gift-parser';
export { writeGift, type GiftWriteItem, type GiftWriteResult } from './gift-writer';
