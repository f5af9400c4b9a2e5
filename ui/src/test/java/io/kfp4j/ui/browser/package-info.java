/**
 * A small test-scope driver for headless Chromium over the Chrome DevTools Protocol, on the JDK's WebSocket
 * client: {@link io.kfp4j.ui.browser.Chromium} starts the browser, {@link io.kfp4j.ui.browser.Page} navigates,
 * evaluates JavaScript, clicks, takes screenshots and records console errors and network requests.
 */
package io.kfp4j.ui.browser;
