/**
 * The JavaFX window: map view, panes and view-model. The only package that imports JavaFX; reaches the pipeline through small interfaces.
 */
package org.clashmap.ui;
