SELECT MAX(received_at) AS valid_through FROM jaffle_shop_segment.checkout_started
