// Loads the shipped content once for tests, exactly as the app does.
import { resolve } from 'node:path';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const brand = loadBrand(resolve(ROOT, 'content/brand.yaml'));
export const classifier = createClassifier(ROOT, brand);
