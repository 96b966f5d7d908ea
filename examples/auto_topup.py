"""Auto top-up: configure a recharge on a saved card, charge one test recharge, read the
history."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        card = next(m for m in tk.auto_topup.list_payment_methods() if m.is_default)
        tk.auto_topup.update_settings(
            is_enabled=True, threshold_amount=50, recharge_amount=100, payment_method_id=card.id
        )
        try:
            charged = tk.auto_topup.test()
            print("charged", charged.amount_charged, "balance", charged.new_balance)
        except talkover.PaymentFailedError as error:
            print("declined:", error)
        except talkover.AutoTopupDailyLimitReachedError as error:
            print("not today:", error)
        for recharge in tk.auto_topup.get_history(per_page=10):
            print(recharge.created_at, recharge.trigger, recharge.status, recharge.amount)
        tk.auto_topup.disable()


if __name__ == "__main__":
    main()
