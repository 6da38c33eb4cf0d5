/** The window's one executor for slow work ({@link org.clashmap.ui.concurrent.Background}). */
package org.clashmap.ui.concurrent;
