package org.nua.indicator.domain;

/** Where a translation of a name comes from, so readers know how far to trust it. */
public enum TranslationSource {
    /** Published by the United Nations in that language. */
    OFFICIAL,
    /** A community translation (for example Open SDG's), not checked against UN text. */
    COMMUNITY,
    /** Published by a national statistics office for its national indicator. */
    NATIONAL,
    /** Entered by a catalogue editor of this project. */
    EDITOR
}
