SELECT MAX(received_at) AS valid_through FROM `my-project`.jaffle_shop_segment.checkout_started
