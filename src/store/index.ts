export { openDatabase, migrate, listMigrations, migrationsDir, statement, type Db } from './db.js';
export { documentId, eventId } from './ids.js';
export {
  insertDocument,
  findDocumentByHash,
  insertMention,
  findEventFor,
  storeCoded,
  type InsertResult,
  type CodedContent,
  type StoreCounts,
  type MentionOptions,
} from './write.js';
export * from './queries.js';
