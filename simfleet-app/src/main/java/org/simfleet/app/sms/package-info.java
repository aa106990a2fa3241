/**
 * SMS to and from endpoints through the operator's SMSC (SMPP 3.4, the {@code simfleet-smpp} client): the API, the
 * durable outbox the sender claims from, receipts and MO messages written in group commits, the organisations'
 * signed callbacks, the SMSC connection settings and the usage counts of data and SMS.
 */
package org.simfleet.app.sms;
