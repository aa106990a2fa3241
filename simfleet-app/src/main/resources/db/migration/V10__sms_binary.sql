-- Binary MT for device commands (and binary MO): the payload column then holds hexadecimal octets, data_coding the
-- SMPP data_coding they go out with, udh the user data header (hexadecimal, its length octet first). Text messages
-- leave both null: the SMPP client picks GSM 7-bit or UCS-2 itself.
ALTER TABLE sms_message ADD COLUMN data_coding SMALLINT;
ALTER TABLE sms_message ADD COLUMN udh VARCHAR(280);
