"""The model-based test: a reference model of the documented rules (``reference``), one rules
module per area (``trainings``, ``agents``, ``numbers``) driving the generated client against
the in-process mock, composed into one state machine in ``contract_tests/test_model.py``."""
