package org.plantrace.extract.entity;

/** One spelling in the trie: the entity it names and what kind of spelling it is. */
record Name(Entity entity, String text, VariantKind kind) {
}
