package org.clashmap.geo;

/** Language of map labels. */
public enum Language {
    AR, EN
}
