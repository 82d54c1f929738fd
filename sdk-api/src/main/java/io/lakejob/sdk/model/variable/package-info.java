/** Requests, responses and values of the global variable operations (reference chapter 13). */
package io.lakejob.sdk.model.variable;
