/** Requests, responses and values of the permission operations (reference chapter 5). */
package io.lakejob.sdk.model.permission;
