/**
 * An SMPP 3.4 ESME as a library: {@link org.simfleet.smpp.SmppClient} binds to an SMSC, keeps the bind alive and
 * reconnects, submits through a bounded window and a throughput cap, and hands delivery receipts and MO messages to
 * the application's {@link org.simfleet.smpp.SmsListener}. No Spring, no SQL; jSMPP's PDU codec under our own
 * asynchronous session.
 */
package org.simfleet.smpp;
