"""Staff API for deposits' proofs: the hotel's approval queue and a decision (the console's, over JWT)."""

from __future__ import annotations

from typing import Any, cast

from django.contrib.auth.models import User
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from conversations.services.deposits import deposit_decide
from hotel_agent.hotels import access
from reservations.deposits.models import DepositProof
from reservations.deposits.selectors import deposit_proofs_for_staff


class DepositProofSerializer(serializers.ModelSerializer[DepositProof]):
    reference = serializers.CharField(source="deposit.reservation.reference")
    amount = serializers.DecimalField(source="deposit.amount", max_digits=12, decimal_places=2)
    currency = serializers.CharField(source="deposit.currency")
    deposit_state = serializers.CharField(source="deposit.state")
    file_url = serializers.SerializerMethodField()

    class Meta:
        model = DepositProof
        fields = [
            "id", "hotel", "reference", "amount", "currency", "deposit_state", "channel", "conversation",
            "mime_type", "state", "reason", "created_at", "decided_at", "file_url",
        ]  # fmt: skip

    def get_file_url(self, proof: DepositProof) -> str:
        return f"/console/deposits/{proof.pk}/file/"


class DecisionSerializer(serializers.Serializer[Any]):
    decision = serializers.ChoiceField(choices=["approve", "reject"])
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")


class DepositProofListView(APIView):
    @extend_schema(
        parameters=[OpenApiParameter("state", str, description="`pending` (default) or `decided`")],
        responses=DepositProofSerializer(many=True),
    )
    def get(self, request: Request) -> Response:
        proofs = deposit_proofs_for_staff(
            hotel_ids=access.hotel_ids_for_staff(user=request.user),
            pending_only=request.query_params.get("state", "pending") != "decided",
        )
        return Response(DepositProofSerializer(proofs[:200], many=True).data)


class DepositProofDecisionView(APIView):
    @extend_schema(request=DecisionSerializer, responses=DepositProofSerializer)
    def post(self, request: Request, proof_id: int) -> Response:
        serializer = DecisionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if not DepositProof.objects.filter(
            pk=proof_id, hotel_id__in=access.hotel_ids_for_staff(user=request.user)
        ).exists():
            raise NotFound("No such proof.")
        proof = deposit_decide(
            proof_id=proof_id,
            staff=cast(User, request.user),
            approve=serializer.validated_data["decision"] == "approve",
            reason=serializer.validated_data["reason"],
        )
        return Response(DepositProofSerializer(proof).data)
