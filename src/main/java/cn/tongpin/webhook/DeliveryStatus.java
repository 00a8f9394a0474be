package cn.tongpin.webhook;

/** Where a delivery stands: pending (to be sent or tried again), delivered (a 2xx came back), dead (given up). */
public enum DeliveryStatus {
    pending, delivered, dead
}
