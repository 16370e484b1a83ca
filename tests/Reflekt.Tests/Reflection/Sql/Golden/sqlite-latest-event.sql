SELECT MAX(received_at) AS valid_through FROM main.checkout_started
