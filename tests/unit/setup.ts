// IndexedDB for Node: Dexie captures the global at import, so it must exist before any test module loads.
import 'fake-indexeddb/auto';
